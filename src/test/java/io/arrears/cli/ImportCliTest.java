package io.arrears.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import io.arrears.testing.CliDatabase;

/**
 * {@code import} as a user runs it, on the encodings of SPEC §7: a GBK file named UTF-8
 * is refused with exit status 1, a message naming GBK, and nothing stored; the same file
 * under the default {@code --encoding auto} is imported. The database matters only in
 * that nothing reaches it, so H2 is enough.
 */
class ImportCliTest {

	private static final CliDatabase DATABASE = CliDatabase.h2("import-cli");

	@TempDir
	Path dir;

	@Test
	void aGbkFileNamedUtf8IsRefusedAndTheSameFileUnderAutoIsImported() throws IOException {
		Charset gbk = Charset.forName("GBK");
		Path estates = dir.resolve("estates.csv");
		Files.writeString(estates, "estate_code,name,company_name,service_phone,manager_name,address\n"
				+ "E01,锦绣花园,安居物业服务有限公司,0571-88880166,李经理,杭州市西湖区锦绣花园\n", gbk);

		Result refused = cli("import", "--estates", estates.toString(), "--encoding", "UTF-8");
		JdbcTemplate jdbc = new JdbcTemplate(DATABASE.dataSource());

		assertThat(refused.exit()).isEqualTo(Cli.FAILED);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM estate", Long.class)).isZero();
		assertThat(refused.err()).startsWith("error: estates.csv is not UTF-8: line 2 is not valid in it; "
				+ "it appears to be GBK (GB18030). Nothing was imported");
		assertThat(ImportFilesAccess.rejectsFile(estates)).doesNotExist();

		Result imported = cli("import", "--estates", estates.toString());

		assertThat(imported.exit()).as(imported.err()).isEqualTo(Cli.OK);
		assertThat(imported.out()).contains("1 read, 1 imported, 0 unchanged, 0 rejected");
		assertThat(jdbc.queryForObject("SELECT name FROM estate", String.class)).isEqualTo("锦绣花园");
	}

	private record Result(int exit, String out, String err) {
	}

	private static Result cli(String... args) {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(DATABASE.arguments());
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
		return new Result(exit, out.toString(), err.toString());
	}

	/** Where the rejects of an input would be: {@code <file>.rejects.csv}. */
	private static final class ImportFilesAccess {

		static Path rejectsFile(Path input) {
			return input.resolveSibling(input.getFileName() + ".rejects.csv");
		}

	}

}
