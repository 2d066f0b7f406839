package mqttlab.shell.command;

import mqttlab.text.Cause;
import java.io.IOException;
import mqttlab.text.Lang;
import mqttlab.shell.ShellContext;
import mqttlab.text.LangChoice;
import mqttlab.text.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "lang", description = "Switch the lab's language (en or ko); remembered in the progress file.",
        footerHeading = "%nExamples:%n", footer = {"  lang ko", "  lang en"})
public final class LangCommand implements Runnable {
    private final ShellContext ctx;

    @Parameters(paramLabel = "en|ko", description = "the language")
    String tag;

    public LangCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        Lang lang = LangChoice.parse(tag, "lang");
        Text.use(lang);
        if (ctx.lessons() != null && ctx.lessons().available()) ctx.lessons().session().language(lang.tag());
        try {
            ctx.progressStore().recordLang(lang.tag());
            ctx.println(ctx.t("lang.now", ctx.progressStore().file()));
        } catch (IOException | RuntimeException e) {
            ctx.println(ctx.t("lang.unsaved", mqttlab.text.Cause.of(e)));
        }
    }
}
