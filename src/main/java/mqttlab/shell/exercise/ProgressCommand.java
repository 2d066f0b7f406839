package mqttlab.shell.exercise;

import mqttlab.text.Cause;
import mqttlab.text.Columns;
import java.util.Map;
import java.util.Set;
import mqttlab.lessons.Lesson;
import mqttlab.lessons.LessonCatalog;
import mqttlab.lessons.LessonSession;
import mqttlab.shell.ShellContext;
import mqttlab.shell.ShellException;
import mqttlab.shell.Styles;
import picocli.CommandLine.Command;

@Command(name = "progress", description = "Your progress: the lessons' steps done and the exercises' best scores (kept in progress.json).")
public final class ProgressCommand implements Runnable {
    private final ShellContext ctx;

    public ProgressCommand(ShellContext ctx) { this.ctx = ctx; }

    @Override
    public void run() {
        String lang = ctx.exercises().lang();
        ctx.println(ctx.styles().styled(Styles.BOLD, ctx.t("shell.progress.lessons")));
        Map<String, Set<Integer>> done = ctx.lessons().maybe().map(LessonSession::progress).orElse(Map.of());
        try {
            LessonCatalog catalog = LessonCatalog.locate();
            int width = catalog.lessons(lang).stream().mapToInt(l -> Columns.of(l.title())).max().orElse(10);
            for (Lesson l : catalog.lessons(lang)) {
                int n = done.getOrDefault(l.key(), Set.of()).size();
                String mark = n == l.steps().size() ? "✔" : n > 0 ? "…" : "·";
                ctx.println(String.format("%s  %s%s  %s %d/%d", l.key(), l.title(), " ".repeat(width - Columns.of(l.title())), mark, n, l.steps().size()));
            }
        } catch (RuntimeException e) {
            ctx.println(ctx.t("shell.lessons.missing", mqttlab.text.Cause.of(e)));
        }
        ctx.println("");
        ctx.println(ctx.styles().styled(Styles.BOLD, ctx.t("shell.progress.exercises")));
        try {
            ctx.exercises().commands().progress().forEach(ctx::println);
        } catch (ShellException e) {
            ctx.println(e.getMessage());
        }
    }

}
