package mqttlab.exercises.jshell;

import com.sun.jdi.BooleanValue;
import com.sun.jdi.ClassNotLoadedException;
import com.sun.jdi.Field;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.InvalidTypeException;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.execution.JdiExecutionControl;
import jdk.jshell.execution.JdiInitiator;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's JDI execution engine, as the JDK's own ({@code jdi}, launched: a JVM of its own, watched and
 * stopped through the debugger, its commands and output over a socket), except that the socket sends each
 * write at once (TCP_NODELAY; {@link JShellAgent} sets it on its end). The JDK leaves Nagle's algorithm on,
 * and a command or a result goes out in several small writes (its multiplexed streams): the second write
 * waits for the other side's delayed acknowledgement, 40 ms on Linux. Measured, every snippet that runs
 * paid 45-90 ms to load and 85-95 ms to invoke, idle machine, warm JVMs; with no delay 1-10 ms each. The
 * prelude runs five snippets before the student's first.
 */
final class NoDelayJdiControl extends JdiExecutionControl {
    private final String agent;
    private final Object stopLock = new Object();
    private boolean snippetRunning;   // guarded by stopLock
    private VirtualMachine vm;        // guarded by this; null once disposed
    private Process process;          // guarded by this

    private NoDelayJdiControl(ObjectOutput toAgent, ObjectInput fromAgent, VirtualMachine vm, Process process, String agent) {
        super(toAgent, fromAgent);
        this.vm = vm;
        this.process = process;
        this.agent = agent;
    }

    /**
     * Launches the JVM ({@code env}'s options, {@code agent} its main class, given the port to connect back to)
     * and connects its command socket; {@code timeout} bounds both the debugger's connection and the agent's.
     */
    static ExecutionControl launch(ExecutionEnv env, String agent, Duration timeout) throws IOException {
        int millis = (int) timeout.toMillis();
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(millis);
            JdiInitiator jdi = new JdiInitiator(listener.getLocalPort(), env.extraRemoteVMOptions(), agent, true, null, millis, Map.of());
            VirtualMachine vm = jdi.vm();
            AtomicReference<NoDelayJdiControl> made = new AtomicReference<>();
            // the JVM waits, suspended, for this handler, which resumes it; once connected, a JVM that ends on its
            // own (a snippet's System.exit) shuts JShell down
            Util.detectJdiExitEvent(vm, why -> {
                NoDelayJdiControl c = made.get();
                if (c == null) return;
                env.closeDown();
                c.disposeVM();
            });
            Socket socket = listener.accept();
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();   // out before in, as the agent opens them
            Map<String, OutputStream> outputs = Map.of("out", env.userOut(), "err", env.userErr());
            Map<String, InputStream> inputs = Map.of("in", env.userIn());
            return Util.remoteInputOutput(socket.getInputStream(), out, outputs, inputs, (in, cmd) -> {
                NoDelayJdiControl c = new NoDelayJdiControl(cmd, in, vm, jdi.process(), agent);
                made.set(c);
                return c;
            });
        }
    }

    @Override
    public String invoke(String className, String methodName) throws RunException, EngineTerminationException, InternalException {
        synchronized (stopLock) {
            snippetRunning = true;
        }
        try {
            return super.invoke(className, methodName);
        } finally {
            synchronized (stopLock) {
                snippetRunning = false;
            }
        }
    }

    /**
     * Ctrl-C: throws the agent's stop exception into the thread running the snippet, found through the
     * debugger by the agent's {@code invoke} or {@code varValue} frame ({@link JShellAgent} keeps both);
     * the agent reports it as a stopped snippet.
     */
    @Override
    public void stop() throws EngineTerminationException, InternalException {
        synchronized (stopLock) {
            if (!snippetRunning) return;
            VirtualMachine v = vm();
            v.suspend();
            try {
                for (ThreadReference thread : v.allThreads()) {
                    ObjectReference running = agentFrame(thread);
                    if (running == null) continue;
                    Field inClientCode = running.referenceType().fieldByName("inClientCode");
                    Field expectingStop = running.referenceType().fieldByName("expectingStop");
                    Field stopException = running.referenceType().fieldByName("stopException");
                    if (((BooleanValue) running.getValue(inClientCode)).value()) {
                        running.setValue(expectingStop, v.mirrorOf(true));
                        ObjectReference stop = (ObjectReference) running.getValue(stopException);
                        v.resume();
                        thread.stop(stop);
                        running.setValue(expectingStop, v.mirrorOf(false));
                    }
                    break;
                }
            } catch (ClassNotLoadedException | IncompatibleThreadStateException | InvalidTypeException x) {
                throw new InternalException("Exception on remote stop: " + x);
            } finally {
                v.resume();
            }
        }
    }

    /** The agent running a snippet on {@code thread}, if it is that thread. */
    private ObjectReference agentFrame(ThreadReference thread) throws IncompatibleThreadStateException {
        for (StackFrame frame : thread.frames()) {
            String method = frame.location().method().name();
            if (agent.equals(frame.location().declaringType().name()) && (method.equals("invoke") || method.equals("varValue"))) {
                return frame.thisObject();
            }
        }
        return null;
    }

    /** Tells the agent to close, then ends the JVM (the lab's {@code RemoteJShell} then ends anything it started). */
    @Override
    public void close() {
        super.close();
        disposeVM();
    }

    private synchronized void disposeVM() {
        try {
            if (vm != null) vm.dispose();
        } catch (VMDisconnectedException alreadyGone) {
            // ended with its JVM
        } catch (RuntimeException x) {
            // disposing of a JVM that is ending; it is destroyed below
        } finally {
            vm = null;
            if (process != null) {
                process.destroy();
                process = null;
            }
        }
    }

    @Override
    protected synchronized VirtualMachine vm() throws EngineTerminationException {
        if (vm == null) throw new EngineTerminationException("VM closed");
        return vm;
    }
}
