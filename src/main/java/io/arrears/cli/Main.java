package io.arrears.cli;

/**
 * The jar's entry point: {@code java -jar arrears-pipeline.jar COMMAND …}. It lives in
 * {@code cli} rather than beside {@code ArrearsApplication} so that the application's
 * root depends on no module.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(Cli.run(args));
	}

}
