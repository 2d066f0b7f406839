package mqttlab.exercises.jshell;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.Socket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import mqttlab.sandbox.ExitWitness;
import mqttlab.sandbox.OutcomeLog;

/**
 * The main class of JShell's JVM (JShell's "remote agent"): before it answers the lab it installs the
 * {@link ExitWitness} (so no snippet ever runs without it) and starts connecting {@code client}
 * ({@link EarlyClient}), which then happens while the lab compiles the prelude instead of after it.
 * Otherwise it is JDK's {@link RemoteExecutionControl}: the lab's commands and the snippets' output
 * over the socket it is given. Runs only in that JVM, never in the lab's.
 */
public final class JShellAgent extends RemoteExecutionControl {
    /** Where the witness writes how the JVM ended. */
    static final String OUTCOME_PROPERTY = "mqttlab.jshell.outcome";
    /** {@code host:port} of the broker {@code client} connects to. */
    static final String BROKER_PROPERTY = "mqttlab.jshell.broker";

    public static void main(String[] args) throws Exception {
        String broker = System.getProperty(BROKER_PROPERTY);
        if (broker != null && broker.lastIndexOf(':') > 0) {
            int colon = broker.lastIndexOf(':');
            EarlyClient.start(broker.substring(0, colon), Integer.parseInt(broker.substring(colon + 1)));
        }
        // as RemoteExecutionControl.main: the lab's port, its commands in, results and the snippets' output out;
        // connected first, as the lab waits for it only so long
        Socket socket = new Socket((String) null, Integer.parseInt(args[0]));
        socket.setTcpNoDelay(true);   // each result at once, not after the lab's delayed acknowledgement (NoDelayJdiControl)
        String outcome = System.getProperty(OUTCOME_PROPERTY);
        if (outcome != null) ExitWitness.install(OutcomeLog.open(Path.of(outcome)));   // before the first command is read
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        outputs.put("out", st -> System.setOut(new PrintStream(st, true)));
        outputs.put("err", st -> System.setErr(new PrintStream(st, true)));
        Map<String, Consumer<InputStream>> inputs = new HashMap<>();
        inputs.put("in", System::setIn);
        Util.forwardExecutionControlAndIO(new JShellAgent(), in, out, outputs, inputs);
    }

    // Ctrl-C: the lab's side of JShell stops a snippet through the debugger, finding it by a frame of the
    // agent's own class in invoke or varValue; these overrides are that frame.

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        return super.invoke(doitMethod);
    }

    @Override
    public String varValue(String className, String varName)
            throws ExecutionControl.RunException, ExecutionControl.EngineTerminationException, ExecutionControl.InternalException {
        return super.varValue(className, varName);
    }
}
