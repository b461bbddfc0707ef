package dev.upkeep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "scan", description = "List every component of the stack: packages, images, runtimes, actions.")
final class ScanCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
