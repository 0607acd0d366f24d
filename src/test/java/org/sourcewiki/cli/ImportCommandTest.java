package org.sourcewiki.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcewiki.source.ImportOutcome;

class ImportCommandTest {
    @Test
    void control_characters_of_a_file_name_are_shown_escaped_so_the_report_keeps_one_line_per_file() {
        String line = ImportCommand.describe(new ImportOutcome.Rejected("nouvelle\nligne\u001B[31m.txt", "empty file"));
        assertThat(line).isEqualTo("rejected         nouvelle\\u000Aligne\\u001B[31m.txt: empty file");
        assertThat(ImportCommand.printable("Société d’État – été.txt")).isEqualTo("Société d’État – été.txt");
    }
}
