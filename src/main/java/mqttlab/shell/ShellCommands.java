package mqttlab.shell;

import mqttlab.shell.command.AnswerCommand;
import mqttlab.shell.compare.CompareCommand;
import mqttlab.shell.command.BackCommand;
import mqttlab.shell.command.BuildingCommand;
import mqttlab.shell.command.ClientsCommand;
import mqttlab.shell.command.ConnectCommand;
import mqttlab.shell.command.DecodeCommand;
import mqttlab.shell.command.DisconnectCommand;
import mqttlab.shell.command.EncodeCommand;
import mqttlab.shell.command.FaultCommand;
import mqttlab.shell.command.HelpCommand;
import mqttlab.shell.command.HintCommand;
import mqttlab.shell.command.LessonCommand;
import mqttlab.shell.command.KillCommand;
import mqttlab.shell.command.LogCommand;
import mqttlab.shell.command.NextCommand;
import mqttlab.shell.command.MatchCommand;
import mqttlab.shell.command.PubCommand;
import mqttlab.shell.command.QuitCommand;
import mqttlab.shell.command.RetainedCommand;
import mqttlab.shell.command.SessionsCommand;
import mqttlab.shell.command.SleepCommand;
import mqttlab.shell.command.StatsCommand;
import mqttlab.shell.command.StepCommand;
import mqttlab.shell.command.SubCommand;
import mqttlab.shell.command.SubscriptionsCommand;
import mqttlab.shell.command.TraceCommand;
import mqttlab.shell.command.TreeCommand;
import mqttlab.shell.command.UnsubCommand;
import mqttlab.shell.command.UseCommand;

/** Every shell command, in the order `help` lists them. Add one line per new command. */
public final class ShellCommands {
    private ShellCommands() { }

    public static CommandRegistry registry() {
        return new CommandRegistry()
                .add(LessonCommand.class, LessonCommand::new)
                .add(NextCommand.class, NextCommand::new)
                .add(BackCommand.class, BackCommand::new)
                .add(StepCommand.class, StepCommand::new)
                .add(HintCommand.class, HintCommand::new)
                .add(AnswerCommand.class, AnswerCommand::new)
                .add(mqttlab.shell.exercise.ExerciseCommand.class, mqttlab.shell.exercise.ExerciseCommand::new)
                .add(mqttlab.shell.exercise.CheckCommand.class, mqttlab.shell.exercise.CheckCommand::new)
                .add(mqttlab.shell.exercise.ResetCommand.class, mqttlab.shell.exercise.ResetCommand::new)
                .add(mqttlab.shell.exercise.ProgressCommand.class, mqttlab.shell.exercise.ProgressCommand::new)
                .add(mqttlab.shell.command.LangCommand.class, mqttlab.shell.command.LangCommand::new)
                .add(mqttlab.shell.exercise.JavaCommand.class, mqttlab.shell.exercise.JavaCommand::new)
                .add(SubCommand.class, SubCommand::new)
                .add(PubCommand.class, PubCommand::new)
                .add(UnsubCommand.class, UnsubCommand::new)
                .add(ConnectCommand.class, ConnectCommand::new)
                .add(UseCommand.class, UseCommand::new)
                .add(SessionsCommand.class, SessionsCommand::new)
                .add(DisconnectCommand.class, DisconnectCommand::new)
                .add(KillCommand.class, KillCommand::new)
                .add(mqttlab.shell.exercise.CutCommand.class, mqttlab.shell.exercise.CutCommand::new)
                .add(BuildingCommand.class, BuildingCommand::new)
                .add(TraceCommand.class, TraceCommand::new)
                .add(FaultCommand.class, FaultCommand::new)
                .add(DecodeCommand.class, DecodeCommand::new)
                .add(EncodeCommand.class, EncodeCommand::new)
                .add(MatchCommand.class, MatchCommand::new)
                .add(CompareCommand.class, CompareCommand::new)
                .add(TreeCommand.class, TreeCommand::new)
                .add(ClientsCommand.class, ClientsCommand::new)
                .add(SubscriptionsCommand.class, SubscriptionsCommand::new)
                .add(RetainedCommand.class, RetainedCommand::new)
                .add(StatsCommand.class, StatsCommand::new)
                .add(LogCommand.class, LogCommand::new)
                .add(mqttlab.shell.command.ProbeCommand.class, mqttlab.shell.command.ProbeCommand::new)
                .add(mqttlab.shell.command.WebCommand.class, mqttlab.shell.command.WebCommand::new)
                .add(SleepCommand.class, SleepCommand::new)
                .add(HelpCommand.class, HelpCommand::new)
                .add(QuitCommand.class, QuitCommand::new);
    }
}
