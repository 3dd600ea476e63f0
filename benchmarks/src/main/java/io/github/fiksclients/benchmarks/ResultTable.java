package io.github.fiksclients.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** Prints result rows as one Markdown table whose columns line up, so it reads well in a terminal and a README. */
final class ResultTable {

    private static final List<String> HEADER = List.of("benchmark", "baseline", "fiks-clients", "ratio (fiks/baseline)",
            "target");

    private ResultTable() {
    }

    /**
     * Formats the rows under a header line.
     *
     * @param rows the rows, in the order to print
     * @return the table, one line per row, each ending with a line break
     */
    static String format(List<ResultRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(HEADER);
        rows.forEach(row -> cells.add(List.of(row.benchmark(), row.baseline(), row.fiks(), row.ratio(), row.target())));
        int[] widths = new int[HEADER.size()];
        for (List<String> line : cells) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], line.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder();
        appendLine(table, cells.get(0), widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        appendLine(table, rule, widths);
        cells.subList(1, cells.size()).forEach(line -> appendLine(table, line, widths));
        return table.toString();
    }

    private static void appendLine(StringBuilder table, List<String> line, int[] widths) {
        table.append('|');
        for (int column = 0; column < widths.length; column++) {
            String cell = line.get(column);
            table.append(' ').append(cell).append(" ".repeat(widths[column] - cell.length())).append(" |");
        }
        table.append('\n');
    }
}
