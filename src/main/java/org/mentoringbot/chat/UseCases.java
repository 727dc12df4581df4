package org.mentoringbot.chat;

import org.mentoringbot.usecase.AddLeaders;
import org.mentoringbot.usecase.ChangeRoundSettings;
import org.mentoringbot.usecase.CloseRound;
import org.mentoringbot.usecase.ExcludePair;
import org.mentoringbot.usecase.ExportPersonalData;
import org.mentoringbot.usecase.FinishEvaluation;
import org.mentoringbot.usecase.ForgetMe;
import org.mentoringbot.usecase.FormGroups;
import org.mentoringbot.usecase.JoinRound;
import org.mentoringbot.usecase.LeaveRound;
import org.mentoringbot.usecase.OpenRound;
import org.mentoringbot.usecase.PauseMembership;
import org.mentoringbot.usecase.ProposeGroups;
import org.mentoringbot.usecase.RecordReflection;
import org.mentoringbot.usecase.RememberChannel;
import org.mentoringbot.usecase.RemoveLeader;
import org.mentoringbot.usecase.SeatMember;
import org.mentoringbot.usecase.SetUpProgram;
import org.mentoringbot.usecase.ShowHome;
import org.mentoringbot.usecase.ShowLeaders;
import org.mentoringbot.usecase.ShowReflections;
import org.mentoringbot.usecase.ShowStatus;
import org.mentoringbot.usecase.SummarizeRound;

/** Every use case the chat can reach, wired once in {@code MentoringBot}. */
public record UseCases(
        SetUpProgram setUpProgram,
        JoinRound joinRound,
        LeaveRound leaveRound,
        ShowStatus showStatus,
        ShowHome showHome,
        PauseMembership pauseMembership,
        ShowLeaders showLeaders,
        AddLeaders addLeaders,
        RemoveLeader removeLeader,
        OpenRound openRound,
        CloseRound closeRound,
        ChangeRoundSettings changeRoundSettings,
        ExcludePair excludePair,
        ProposeGroups proposeGroups,
        FormGroups formGroups,
        SeatMember seatMember,
        RememberChannel rememberChannel,
        RecordReflection recordReflection,
        ShowReflections showReflections,
        SummarizeRound summarizeRound,
        FinishEvaluation finishEvaluation,
        ExportPersonalData exportPersonalData,
        ForgetMe forgetMe) {}
