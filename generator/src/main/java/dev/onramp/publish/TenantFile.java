package dev.onramp.publish;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a tenant file: CSV (RFC 4180: commas, double quotes around fields that hold commas, quotes
 * or line breaks, {@code ""} for a quote; CRLF or LF; an optional UTF-8 byte order mark) with a
 * header row naming its columns:
 *
 * <ul>
 *   <li>{@code tenant} (required): the vendor's id of the tenant, 1 to {@value #MAX_TENANT_ID}
 *       characters, used exactly as written (its ExternalId is derived from these characters);
 *   <li>{@code region} (optional): the one region of the tenant's link; empty means one link per
 *       region the release publishes;
 *   <li>{@code stackName} (optional): the stack name the link fills in.
 * </ul>
 *
 * Every problem is a located error ({@code file:line:column}), all reported at once; a file with
 * any error gives no tenants.
 */
public final class TenantFile {
  /** How errors name a tenant file. */
  static final String INPUT = "the tenant file";

  public static final String TENANT = "tenant";
  public static final String REGION = "region";
  public static final String STACK_NAME = "stackName";
  public static final int MAX_TENANT_ID = 256;

  private static final Set<String> COLUMNS = Set.of(TENANT, REGION, STACK_NAME);

  private TenantFile() {}

  /** A cell with where it starts. */
  private record Cell(String text, int line, int column) {}

  /**
   * The tenants of a file, in file order.
   *
   * @param file the file's name as errors show it
   * @throws BlueprintException with every problem, located in the file
   */
  public static List<Tenant> read(String file, String content) throws BlueprintException {
    Diagnostics diagnostics = new Diagnostics();
    List<List<Cell>> rows = parse(file, content, diagnostics);
    diagnostics.throwIfErrors(INPUT);
    if (rows.isEmpty()) {
      diagnostics.error(
          DiagnosticCode.TENANT_FILE_INVALID,
          new SourceLocation(file, 1, 1, ""),
          "the tenant file is empty",
          "write a header row 'tenant,region,stackName' (region and stackName are optional) and a"
              + " row per tenant");
      diagnostics.throwIfErrors(INPUT);
    }
    List<Cell> header = rows.get(0);
    Map<String, Integer> columnIndex = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      Cell cell = header.get(i);
      SourceLocation where = new SourceLocation(file, cell.line(), cell.column(), "");
      if (!COLUMNS.contains(cell.text())) {
        diagnostics.error(
            DiagnosticCode.TENANT_FILE_INVALID,
            where,
            "unknown column '" + cell.text() + "'",
            DidYouMean.hint(cell.text(), List.of(TENANT, REGION, STACK_NAME))
                + " The columns are tenant (required), region and stackName.");
      } else if (columnIndex.putIfAbsent(cell.text(), i) != null) {
        diagnostics.error(
            DiagnosticCode.TENANT_FILE_INVALID,
            where,
            "column '" + cell.text() + "' appears twice",
            "keep one column of each name");
      }
    }
    if (!columnIndex.containsKey(TENANT)) {
      diagnostics.error(
          DiagnosticCode.TENANT_FILE_INVALID,
          new SourceLocation(file, 1, 1, ""),
          "the header row has no 'tenant' column",
          "start the file with a header row such as 'tenant,region,stackName'; the first row is"
              + " always the header");
    }
    diagnostics.throwIfErrors(INPUT);

    List<Tenant> tenants = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (List<Cell> row : rows.subList(1, rows.size())) {
      Cell first = row.get(0);
      if (row.size() != header.size()) {
        Cell at = row.size() > header.size() ? row.get(header.size()) : row.get(row.size() - 1);
        diagnostics.error(
            DiagnosticCode.TENANT_FILE_INVALID,
            new SourceLocation(file, at.line(), at.column(), ""),
            "the row has " + row.size() + " fields, the header " + header.size(),
            "give every row the header's columns ("
                + String.join(",", columnIndex.keySet())
                + "); quote a value that has a comma: \"a,b\"");
        continue;
      }
      Map<String, SourceLocation> cells = new HashMap<>();
      Map<String, String> values = new HashMap<>();
      columnIndex.forEach(
          (column, index) -> {
            Cell cell = row.get(index);
            cells.put(column, new SourceLocation(file, cell.line(), cell.column(), column));
            values.put(column, cell.text());
          });
      String id = values.get(TENANT);
      SourceLocation idAt = cells.get(TENANT);
      if (!checkTenantId(id, idAt, diagnostics)) {
        continue;
      }
      Optional<String> region = Optional.ofNullable(values.get(REGION)).filter(r -> !r.isEmpty());
      Optional<String> stackName =
          Optional.ofNullable(values.get(STACK_NAME)).filter(s -> !s.isEmpty());
      String key = id + "\u0000" + region.orElse("");
      Integer previous = firstLine.putIfAbsent(key, first.line());
      if (previous != null) {
        diagnostics.error(
            DiagnosticCode.TENANT_FILE_INVALID,
            idAt,
            "tenant '"
                + id
                + "'"
                + region.map(r -> " in " + r).orElse("")
                + " is already on line "
                + previous,
            "list each tenant once per region");
        continue;
      }
      tenants.add(new Tenant(id, region, stackName, cells));
    }
    diagnostics.throwIfErrors(INPUT);
    if (tenants.isEmpty()) {
      diagnostics.error(
          DiagnosticCode.TENANT_FILE_INVALID,
          new SourceLocation(file, 2, 1, ""),
          "the tenant file has a header but no tenants",
          "add a row per tenant under the header");
      diagnostics.throwIfErrors(INPUT);
    }
    return List.copyOf(tenants);
  }

  private static boolean checkTenantId(String id, SourceLocation at, Diagnostics diagnostics) {
    String problem = null;
    if (id.isEmpty()) {
      problem = "the tenant id is empty";
    } else if (id.codePointCount(0, id.length()) > MAX_TENANT_ID) {
      problem = "the tenant id is longer than " + MAX_TENANT_ID + " characters";
    } else if (!id.strip().equals(id)) {
      problem = "the tenant id '" + id + "' starts or ends with white space";
    } else if (id.chars().anyMatch(Character::isISOControl)) {
      problem = "the tenant id has a control character";
    }
    if (problem != null) {
      diagnostics.error(
          DiagnosticCode.TENANT_FILE_INVALID,
          at,
          problem,
          "write the tenant's id exactly as your application stores it: its ExternalId is derived"
              + " from every character");
      return false;
    }
    return true;
  }

  /** RFC 4180 rows of cells, each cell with its line and column (1-based). */
  private static List<List<Cell>> parse(String file, String content, Diagnostics diagnostics) {
    List<List<Cell>> rows = new ArrayList<>();
    int i = content.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    int lineStart = i;
    int length = content.length();
    while (i < length) {
      List<Cell> row = new ArrayList<>();
      int rowLine = line;
      boolean endOfRow = false;
      while (!endOfRow) {
        int cellLine = line;
        int cellColumn = i - lineStart + 1;
        StringBuilder text = new StringBuilder();
        if (i < length && content.charAt(i) == '"') {
          i++;
          boolean closed = false;
          while (i < length) {
            char c = content.charAt(i);
            if (c == '"') {
              if (i + 1 < length && content.charAt(i + 1) == '"') {
                text.append('"');
                i += 2;
                continue;
              }
              i++;
              closed = true;
              break;
            }
            if (c == '\n') {
              line++;
              lineStart = i + 1;
            }
            text.append(c);
            i++;
          }
          if (!closed) {
            diagnostics.error(
                DiagnosticCode.TENANT_FILE_INVALID,
                new SourceLocation(file, cellLine, cellColumn, ""),
                "the quoted field is never closed",
                "end it with a double quote; write a quote inside a field as \"\"");
            return rows;
          }
          if (i < length && content.charAt(i) != ',' && !lineEnd(content, i)) {
            diagnostics.error(
                DiagnosticCode.TENANT_FILE_INVALID,
                new SourceLocation(file, line, i - lineStart + 1, ""),
                "text after a quoted field",
                "put the whole value inside the quotes, or a comma after the closing quote");
            return rows;
          }
        } else {
          while (i < length && content.charAt(i) != ',' && !lineEnd(content, i)) {
            char c = content.charAt(i);
            if (c == '"') {
              diagnostics.error(
                  DiagnosticCode.TENANT_FILE_INVALID,
                  new SourceLocation(file, line, i - lineStart + 1, ""),
                  "a double quote inside an unquoted field",
                  "quote the whole field and double the quote: \"say \"\"hi\"\"\"");
              return rows;
            }
            text.append(c);
            i++;
          }
        }
        row.add(new Cell(text.toString(), cellLine, cellColumn));
        if (i < length && content.charAt(i) == ',') {
          i++;
          continue;
        }
        endOfRow = true;
        if (i < length) {
          i += content.charAt(i) == '\r' && i + 1 < length && content.charAt(i + 1) == '\n' ? 2 : 1;
          line++;
          lineStart = i;
        }
      }
      boolean blank = row.size() == 1 && row.get(0).text().isEmpty();
      if (!blank) {
        rows.add(row);
      } else if (rowLine == 1) {
        diagnostics.error(
            DiagnosticCode.TENANT_FILE_INVALID,
            new SourceLocation(file, 1, 1, ""),
            "the first line is empty, but it must be the header row",
            "start the file with 'tenant,region,stackName'");
        return rows;
      }
    }
    return rows;
  }

  private static boolean lineEnd(String content, int i) {
    char c = content.charAt(i);
    return c == '\n' || c == '\r';
  }
}
