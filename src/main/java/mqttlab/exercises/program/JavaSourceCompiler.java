package mqttlab.exercises.program;

import static mqttlab.text.Text.t;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import mqttlab.sandbox.ClassPaths;
import mqttlab.exercises.LabUnavailableException;

/** Compiles a student's Java file in-process (javax.tools) against the lab's class path. */
public final class JavaSourceCompiler {

    /** {@code errors} are one line each, "Controller.java:12: ';' expected", empty on success. */
    public record Result(boolean ok, List<String> errors) {
    }

    public Result compile(Path source, Path outDir) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) throw new LabUnavailableException(t("check.no.javac"));
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ENGLISH, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", outDir.toString(), "-classpath", String.join(File.pathSeparator, ClassPaths.current()),
                    "-encoding", "UTF-8", "-proc:none", "-nowarn", "-Xlint:none");
            StringWriter out = new StringWriter();
            boolean ok = javac.getTask(out, fm, diags, options, null, fm.getJavaFileObjects(source.toFile())).call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    String said = mqttlab.exercises.jshell.JavacWords.words(d.getCode(), d.getMessage(Locale.ENGLISH));
                    errors.add(source.getFileName() + ":" + d.getLineNumber() + ": " + said.lines().findFirst().orElse(""));
                }
            }
            if (!ok && errors.isEmpty()) errors.add(out.toString().strip());
            return new Result(ok, errors);
        }
    }
}
