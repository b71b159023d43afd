@echo off
rem Runs the Onramp command-line tool: onramp <command> [options]; onramp --help lists the commands.
rem Needs Java 17 or newer: JAVA_HOME\bin\java, else java on PATH. JAVA_OPTS is passed to the JVM.
setlocal
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" %JAVA_OPTS% -jar "%~dp0onramp-cli.jar" %*
exit /b %ERRORLEVEL%
