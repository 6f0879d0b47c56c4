package org.l2tpdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong file, an empty folder or a binary is a clear one-line error with exit 2, never an empty
 * "all clear"; a PowerShell-saved (UTF-16) paste is read as text.
 */
class InputsThatAreNotRouterOutputTest {
    @TempDir
    Path tmp;

    @Test
    void binaryFileIsRefusedByName() throws Exception {
        Path binary = Files.write(tmp.resolve("router.backup"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        CliRun.Result r = CliRun.run("", "diagnose", binary.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("l2tpdoctor: " + binary + ": a binary file, not RouterOS output");
    }

    @Test
    void binaryFileInAFolderIsSkippedAndTheRestRead() throws Exception {
        Files.write(tmp.resolve("archive.zip"), new byte[] {'P', 'K', 3, 4, 0, 0});
        Files.copy(Path.of("rules/fixtures/second-client-fails.txt"), tmp.resolve("paste.txt"));
        CliRun.Result r = CliRun.run("", "diagnose", "--color", "never", tmp.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("L2TP-NAT-001").doesNotContain("archive.zip");
    }

    @Test
    void emptyFolderNamesTheFolder() throws Exception {
        Path empty = Files.createDirectory(tmp.resolve("bundle"));
        CliRun.Result r = CliRun.run("", "diagnose", empty.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("l2tpdoctor: " + empty + ": no files in it");
    }

    @Test
    void parseOfAnEmptyPasteOrFolderIsAnErrorNotZeroOfZeroLines() throws Exception {
        CliRun.Result stdin = CliRun.run("", "parse", "-");
        assertThat(stdin.code()).isEqualTo(2);
        assertThat(stdin.err().strip()).isEqualTo("l2tpdoctor: <stdin> is empty: nothing to read");
        Path empty = Files.createDirectory(tmp.resolve("bundle"));
        CliRun.Result folder = CliRun.run("", "parse", empty.toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err().strip()).isEqualTo("l2tpdoctor: " + empty + ": no files in it");
    }

    @Test
    void parseOfTextThatIsNotRouterOutputShowsWhatWasNotUnderstood() {
        CliRun.Result r = CliRun.run("hello world\n", "parse", "-");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("understood 0 of 1 lines");
    }

    @Test
    void aFixScriptThatCannotBeWrittenSaysWhyInWords() {
        Path nowhere = tmp.resolve("no-such-folder").resolve("fix.rsc");
        CliRun.Result r = CliRun.run("", "diagnose", "--fix-script", nowhere.toString(),
                "rules/fixtures/second-client-fails.txt");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("l2tpdoctor: cannot write " + nowhere + ": no such file or folder");
    }

    @Test
    void symptomsWithGarbageIsAnErrorNotAnEmptyRanking() {
        CliRun.Result r = CliRun.run("hello world\n", "symptoms", "second client fails", "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nothing in <stdin> looks like RouterOS output");
    }

    @Test
    void utf16PasteFromPowerShellIsReadAsText() throws Exception {
        String paste = Files.readString(Path.of("rules/fixtures/second-client-fails.txt"));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE}); // the byte-order mark PowerShell writes
        bytes.write(paste.getBytes(StandardCharsets.UTF_16LE));
        Path saved = Files.write(tmp.resolve("paste.txt"), bytes.toByteArray());
        CliRun.Result r = CliRun.run("", "diagnose", "--color", "never", saved.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("L2TP-NAT-001");
    }

    @Test
    void rulesExplainIsTheShellsWordForRulesShow() {
        CliRun.Result r = CliRun.run("", "rules", "explain", "L2TP-NAT-001");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("L2TP-NAT-001");
    }
}
