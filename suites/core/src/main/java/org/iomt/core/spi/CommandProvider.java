package org.iomt.core.spi;

/**
 * A top-level {@code iomt} command that a module adds beside the core's (such as {@code iomt inspect}), found with
 * {@link java.util.ServiceLoader}.
 */
public interface CommandProvider {

    /** The picocli command object; its {@code @Command} name is the command's. */
    Object command();
}
