package io.arrears.cli;

public final class Cli {
	public static int run(String[] args) {
		return 0;
	}
}
