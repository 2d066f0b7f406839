package mqttlab.cli;

import picocli.CommandLine.Option;

/**
 * {@code --lang en|ko} after a subcommand ({@code mqttlab decode --lang ko 30 02 …}). The language is
 * chosen once, before parsing ({@link Main#chooseLanguage}, which reads {@code --lang} wherever it
 * stands); this option only lets picocli accept it there.
 */
public final class LangOption {
    @Option(names = "--lang", paramLabel = "en|ko", description = "language of the messages (default: MQTTLAB_LANG, the progress file, else the locale)")
    String lang;
}
