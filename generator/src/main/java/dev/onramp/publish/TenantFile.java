package dev.onramp.publish;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
 *   <li>{@code stackName} (optional): the stack name the link fills in;
 *   <li>{@code blueprint} (optional): the one blueprint the row gives links for; empty means every
 *       blueprint linked;
 *   <li>{@code param:<Name>} (optional, any number): the value of the template parameter {@code
 *       <Name>} in the row's links; empty means the template's default.
 * </ul>
 *
 * A tenant appears at most once per blueprint and region: two rows with the same tenant id are
 * duplicates when their blueprints overlap (the same one, or either names none) and their regions
 * overlap (the same one, or either names none).
 *
 * <p>Every problem is a located error ({@code file:line:column}), all reported at once; {@link
 * #check} also returns the rows without problems, so that the links made from them can be checked
 * in the same run.
 */
public final class TenantFile {
  /** How errors name a tenant file. */
  static final String INPUT = "the tenant file";

  public static final String TENANT = "tenant";
  public static final String REGION = "region";
  public static final String STACK_NAME = "stackName";
  public static final String BLUEPRINT = "blueprint";

  /** The start of a column that fills in a template parameter: {@code param:AccessLevel}. */
  public static final String PARAMETER = "param:";

  public static final int MAX_TENANT_ID = 256;

  private static final List<String> COLUMNS = List.of(TENANT, REGION, STACK_NAME, BLUEPRINT);

  /** CloudFormation's rule for a parameter's logical id. */
  private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z0-9]{1,255}");

  private static final String COLUMNS_HINT =
      "The columns are tenant (required), region, stackName, blueprint and param:<Parameter>.";

  private TenantFile() {}

  /** A cell with where it starts. */
  private record Cell(String text, int line, int column) {}

  /** A row's cells; a broken row (bad quoting, already reported) gives no tenant. */
  private record Row(List<Cell> cells, boolean broken) {}

  /**
   * What a tenant file holds: the rows without problems, where each column's header is, and every
   * problem found.
   *
   * @param tenants the rows without problems, in file order
   * @param columns the header cell of each column, by column name
   * @param problems every located error, in reading order; empty for a good file
   */
  public record Contents(
      List<Tenant> tenants, Map<String, SourceLocation> columns, List<Diagnostic> problems) {
    public Contents {
      tenants = List.copyOf(tenants);
      columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
      problems = List.copyOf(problems);
    }

    /** The parameters the file has a {@code param:} column for, in column order. */
    public List<String> parameters() {
      return columns.keySet().stream()
          .filter(column -> column.startsWith(PARAMETER))
          .map(column -> column.substring(PARAMETER.length()))
          .toList();
    }
  }

  /** The column that fills in {@code parameter}: {@code param:<parameter>}. */
  public static String parameterColumn(String parameter) {
    return PARAMETER + parameter;
  }

  /**
   * The tenants of a file, in file order.
   *
   * @param file the file's name as errors show it
   * @throws BlueprintException with every problem, located in the file
   */
  public static List<Tenant> read(String file, String content) throws BlueprintException {
    Contents contents = check(file, content);
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(contents.problems());
    diagnostics.throwIfErrors(INPUT);
    return contents.tenants();
  }

  /**
   * Reads a tenant file without stopping at its first problem: every problem of every row is in
   * {@link Contents#problems()}, and the rows without problems in {@link Contents#tenants()}.
   *
   * @param file the file's name as errors show it
   */
  public static Contents check(String file, String content) {
    Diagnostics diagnostics = new Diagnostics();
    List<Row> rows = parse(file, content, diagnostics);
    if (rows.isEmpty() || rows.get(0).broken()) {
      if (!diagnostics.hasErrors()) {
        diagnostics.error(
            DiagnosticCode.TENANT_FILE_INVALID,
            new SourceLocation(file, 1, 1, ""),
            "the tenant file is empty",
            "write a header row 'tenant,region,stackName' (region and stackName are optional) and"
                + " a row per tenant");
      }
      return new Contents(List.of(), Map.of(), diagnostics.sorted());
    }
    List<Cell> header = rows.get(0).cells();
    Map<String, Integer> columnIndex = new LinkedHashMap<>();
    Map<String, SourceLocation> columns = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      Cell cell = header.get(i);
      String name = cell.text();
      SourceLocation where = new SourceLocation(file, cell.line(), cell.column(), "");
      if (name.startsWith(PARAMETER)) {
        if (!PARAMETER_NAME.matcher(name.substring(PARAMETER.length())).matches()) {
          diagnostics.error(
              DiagnosticCode.TENANT_FILE_INVALID,
              where,
              "column '" + name + "' does not name a template parameter",
              "write 'param:' and the parameter's name (letters and digits), such as"
                  + " param:AccessLevel");
          continue;
        }
      } else if (!COLUMNS.contains(name)) {
        int colon = name.indexOf(':');
        diagnostics.error(
            DiagnosticCode.TENANT_FILE_INVALID,
            where,
            "unknown column '" + name + "'",
            (colon >= 0
                    ? "did you mean '" + parameterColumn(name.substring(colon + 1)) + "'?"
                    : DidYouMean.hint(name, COLUMNS))
                + " "
                + COLUMNS_HINT);
        continue;
      }
      if (columnIndex.putIfAbsent(name, i) != null) {
        diagnostics.error(
            DiagnosticCode.TENANT_FILE_INVALID,
            where,
            "column '" + name + "' appears twice",
            "keep one column of each name");
      } else {
        columns.put(name, where);
      }
    }
    if (!columnIndex.containsKey(TENANT)) {
      diagnostics.error(
          DiagnosticCode.TENANT_FILE_INVALID,
          new SourceLocation(file, 1, 1, ""),
          "the header row has no 'tenant' column",
          "start the file with a header row such as 'tenant,region,stackName'; the first row is"
              + " always the header");
      return new Contents(List.of(), columns, diagnostics.sorted());
    }

    List<Tenant> tenants = new ArrayList<>();
    Map<String, List<Tenant>> byId = new HashMap<>();
    for (Row row : rows.subList(1, rows.size())) {
      if (row.broken()) {
        continue;
      }
      List<Cell> fields = row.cells();
      if (fields.size() != header.size()) {
        Cell at =
            fields.size() > header.size()
                ? fields.get(header.size())
                : fields.get(fields.size() - 1);
        diagnostics.error(
            DiagnosticCode.TENANT_FILE_INVALID,
            new SourceLocation(file, at.line(), at.column(), ""),
            "the row has " + fields.size() + " fields, the header " + header.size(),
            "give every row the header's columns ("
                + header.stream().map(Cell::text).collect(Collectors.joining(","))
                + "); quote a value that has a comma: \"a,b\"");
        continue;
      }
      Map<String, SourceLocation> cells = new HashMap<>();
      Map<String, String> texts = new LinkedHashMap<>();
      columnIndex.forEach(
          (column, index) -> {
            Cell cell = fields.get(index);
            cells.put(column, new SourceLocation(file, cell.line(), cell.column(), column));
            texts.put(column, cell.text());
          });
      String id = texts.get(TENANT);
      if (!checkTenantId(id, cells.get(TENANT), diagnostics)) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      texts.forEach(
          (column, text) -> {
            if (column.startsWith(PARAMETER) && !text.isEmpty()) {
              values.put(column.substring(PARAMETER.length()), text);
            }
          });
      Tenant tenant =
          new Tenant(
              id,
              present(texts.get(REGION)),
              present(texts.get(STACK_NAME)),
              present(texts.get(BLUEPRINT)),
              values,
              cells);
      List<Tenant> same = byId.computeIfAbsent(id, key -> new ArrayList<>());
      Optional<Tenant> earlier = same.stream().filter(other -> overlap(other, tenant)).findFirst();
      if (earlier.isPresent()) {
        diagnostics.error(
            DiagnosticCode.TENANT_FILE_INVALID,
            tenant.at(TENANT),
            duplicate(tenant, earlier.get()),
            "list each tenant once per blueprint and region: delete one of the rows, or give each"
                + " row a region (or a blueprint) of its own");
        continue;
      }
      same.add(tenant);
      tenants.add(tenant);
    }
    if (rows.size() == 1) {
      diagnostics.error(
          DiagnosticCode.TENANT_FILE_INVALID,
          new SourceLocation(file, 2, 1, ""),
          "the tenant file has a header but no tenants",
          "add a row per tenant under the header");
    }
    return new Contents(tenants, columns, diagnostics.sorted());
  }

  private static Optional<String> present(String text) {
    return Optional.ofNullable(text).filter(t -> !t.isEmpty());
  }

  /** Whether two rows of one tenant give it a link for the same blueprint in the same region. */
  private static boolean overlap(Tenant a, Tenant b) {
    return (a.blueprint().isEmpty()
            || b.blueprint().isEmpty()
            || a.blueprint().equals(b.blueprint()))
        && (a.region().isEmpty() || b.region().isEmpty() || a.region().equals(b.region()));
  }

  private static String duplicate(Tenant later, Tenant earlier) {
    int line = earlier.at(TENANT).line();
    if (later.region().equals(earlier.region()) && later.blueprint().equals(earlier.blueprint())) {
      return "tenant '"
          + later.id()
          + "'"
          + later.region().map(r -> " in " + r).orElse("")
          + later.blueprint().map(b -> " for " + b).orElse("")
          + " is already on line "
          + line;
    }
    return "tenant '"
        + later.id()
        + "' "
        + scope(later)
        + " overlaps line "
        + line
        + ", which gives it links "
        + scope(earlier);
  }

  private static String scope(Tenant tenant) {
    return tenant.region().map(r -> "in " + r).orElse("in every region")
        + tenant.blueprint().map(b -> " for " + b).orElse(" for every blueprint");
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

  /**
   * RFC 4180 rows of cells, each cell with its line and column (1-based). Bad quoting in a field is
   * reported and breaks its row, and reading goes on with the next field; only a quoted field that
   * is never closed ends the reading, since it takes the rest of the file.
   */
  private static List<Row> parse(String file, String content, Diagnostics diagnostics) {
    List<Row> rows = new ArrayList<>();
    int i = content.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    int lineStart = i;
    int length = content.length();
    while (i < length) {
      List<Cell> row = new ArrayList<>();
      boolean broken = false;
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
            broken = true;
            while (i < length && content.charAt(i) != ',' && !lineEnd(content, i)) {
              i++;
            }
          }
        } else {
          boolean reported = false;
          while (i < length && content.charAt(i) != ',' && !lineEnd(content, i)) {
            char c = content.charAt(i);
            if (c == '"' && !reported) {
              diagnostics.error(
                  DiagnosticCode.TENANT_FILE_INVALID,
                  new SourceLocation(file, line, i - lineStart + 1, ""),
                  "a double quote inside an unquoted field",
                  "quote the whole field and double the quote: \"say \"\"hi\"\"\"");
              reported = true;
              broken = true;
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
        rows.add(new Row(List.copyOf(row), broken));
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
