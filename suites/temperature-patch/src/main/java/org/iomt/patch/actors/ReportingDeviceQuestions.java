package org.iomt.patch.actors;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.run.ActiveRun;
import org.iomt.mqtt.model.MalformedProbe;
import org.iomt.mqtt.model.TlsHandshake;
import org.iomt.patch.checks.AliasedCommandCheck;
import org.iomt.patch.checks.AllOfCheck;
import org.iomt.patch.checks.AnswerPropertySizeCheck;
import org.iomt.patch.checks.EnhancedAuthenticationCheck;
import org.iomt.patch.checks.BaseNameIdentityCheck;
import org.iomt.patch.checks.CleanStartCheck;
import org.iomt.patch.checks.ClockCheck;
import org.iomt.patch.checks.CommandAcknowledgementCheck;
import org.iomt.patch.checks.CommandCompletionCheck;
import org.iomt.patch.checks.ConnectFieldCheck;
import org.iomt.patch.checks.ConnectPayload;
import org.iomt.patch.checks.ConnectPayloadCheck;
import org.iomt.patch.checks.DiscardedSessionCheck;
import org.iomt.patch.checks.FirstPacketIsConnectCheck;
import org.iomt.patch.checks.KeepAliveCheck;
import org.iomt.patch.checks.MalformedProbeCheck;
import org.iomt.patch.checks.MaximumPacketSizeCheck;
import org.iomt.patch.checks.MinimalLengthCheck;
import org.iomt.patch.checks.NonEmptyTopicCheck;
import org.iomt.patch.checks.PublishCheck;
import org.iomt.patch.checks.PublishQosBitsCheck;
import org.iomt.patch.checks.Qos0PacketIdCheck;
import org.iomt.patch.checks.Qos1FirstSendCheck;
import org.iomt.patch.checks.Qos1SenderFlowCheck;
import org.iomt.patch.checks.Qos2ResumptionCheck;
import org.iomt.patch.checks.Qos2SenderCheck;
import org.iomt.patch.checks.RedeliveryCheck;
import org.iomt.patch.checks.RefusedMessageCheck;
import org.iomt.patch.checks.ReceiveMaximumCheck;
import org.iomt.patch.checks.RefusedConnectCheck;
import org.iomt.patch.checks.ReusedIdentifierCheck;
import org.iomt.patch.checks.ReleaseOrderCheck;
import org.iomt.patch.checks.ReservedFlagsCheck;
import org.iomt.patch.checks.ReportingIntervalCheck;
import org.iomt.patch.checks.ResendOrderCheck;
import org.iomt.patch.checks.SenmlRuleCheck;
import org.iomt.patch.checks.ServerKeepAliveCheck;
import org.iomt.patch.checks.SessionClientIdCheck;
import org.iomt.patch.checks.SessionStateKeptCheck;
import org.iomt.patch.checks.StringEncodingCheck;
import org.iomt.patch.checks.SubscribeFlagsCheck;
import org.iomt.patch.checks.TemperatureCheck;
import org.iomt.patch.checks.TlsCredentialsCheck;
import org.iomt.patch.checks.TlsRefusalCheck;
import org.iomt.patch.checks.TopicFilterCheck;
import org.iomt.patch.checks.PropertyLengthCheck;
import org.iomt.patch.checks.PropertyStringCheck;
import org.iomt.patch.checks.UnexpectedSessionCheck;
import org.iomt.patch.checks.UnmappedAliasCheck;
import org.iomt.patch.checks.UnsubscribeFormCheck;
import org.iomt.patch.checks.UnusedIdentifierCheck;
import org.iomt.patch.checks.WebSocketCheck;
import org.iomt.patch.checks.DisconnectCloseCheck;
import org.iomt.patch.checks.DisconnectReasonCheck;
import org.iomt.patch.checks.NothingAfterDisconnectCheck;
import org.iomt.patch.checks.TopicStringCheck;
import org.iomt.patch.checks.TopicAliasCheck;
import org.iomt.patch.checks.TopicAliasLimitCheck;
import org.iomt.patch.checks.ZeroQuotaAnswerCheck;
import org.iomt.patch.checks.ZeroQuotaKeepAliveCheck;
import org.iomt.patch.profile.PatchKeys;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.senml.SenmlRule;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The questions a scenario asks about a reporting device, each answered by a check on the observation, with the
 * check's parameters taken from the profile. Each takes the requirement the scenario cites.
 */
public final class ReportingDeviceQuestions {

    /** Scheduling jitter allowed on top of the Keep Alive before silence counts. */
    static final Duration KEEP_ALIVE_MARGIN = Duration.ofMillis(250);

    private final ReportingDeviceObservation observation;
    private final Profile profile;

    public ReportingDeviceQuestions(ActiveRun run) {
        this.observation = run.observation(ReportingDeviceObservation.class);
        this.profile = run.profile();
    }

    public void hasConnected() {
        observation.awaitConnection();
    }

    public Outcome firstPacketIsConnect(String req) {
        return ask(new FirstPacketIsConnectCheck(req));
    }

    public Outcome protocolName(String req) {
        return ask(ConnectFieldCheck.protocolName(req));
    }

    public Outcome protocolLevel(String req) {
        return ask(ConnectFieldCheck.protocolLevel(req, MqttVersion.parse(profile.get(PatchKeys.MQTT_VERSION))));
    }

    public Outcome reservedFlag(String req) {
        return ask(ConnectFieldCheck.reservedFlag(req));
    }

    public Outcome emptyClientIdentifier(String req) {
        return ask(ConnectFieldCheck.emptyClientIdNeedsCleanSession(req, persistentSession()));
    }

    public Outcome keepAlive(String req) {
        return ask(new KeepAliveCheck(req, KEEP_ALIVE_MARGIN));
    }

    public Outcome noWildcardTopics(String req) {
        return ask(PublishCheck.noWildcardInTopic(req));
    }

    public Outcome noSubscriptionIdentifiers(String req) {
        return ask(PublishCheck.noSubscriptionIdentifier(req));
    }

    public Outcome nonZeroPacketIdentifiers(String req) {
        return ask(PublishCheck.nonZeroPacketId(req));
    }

    public Outcome qos1SenderFlow(String req) {
        return ask(new Qos1SenderFlowCheck(req));
    }

    public Outcome noDupAtQos0(String req) {
        return ask(PublishCheck.noDupAtQos0(req));
    }

    public Outcome claimedSession(String req) {
        return ask(ConnectFieldCheck.claimedSession(req, persistentSession()));
    }

    /** The planned interruption of the session took place: the broker dropped a connection on an unacknowledged reading. */
    public void hadItsSessionInterrupted() {
        observation.awaitInterruption();
    }

    public Outcome startedAfreshOnCleanStart(String req) {
        return ask(new CleanStartCheck(req));
    }

    public Outcome leftConnectionWithUnexpectedSession(String req) {
        return afterProbes(new UnexpectedSessionCheck(req));
    }

    public Outcome resentOnResumedSession(String req) {
        return ask(RedeliveryCheck.resentOnResumption(req));
    }

    /** Whether a reading the broker answered with a failure reason code was never sent again (MQTT 5.0). */
    public Outcome refusedReadingNotResent(String req) {
        return new RefusedMessageCheck(req).judge(observation.awaitEverything(version()));
    }

    public Outcome keptAcrossConnections(String req) {
        return ask(RedeliveryCheck.keptAcrossConnections(req));
    }

    public Outcome sameClientIdForItsSession(String req) {
        return ask(new SessionClientIdCheck(req));
    }

    public Outcome resentInOriginalOrder(String req) {
        List<Evidence> evidence = observation.awaitSeveralResent();
        return new ResendOrderCheck(req, observation.resendPhaseStart()).judge(evidence);
    }

    public Outcome newMessagesTakeUnusedIdentifiers(String req) {
        return new UnusedIdentifierCheck(req).judge(observation.awaitSeveralResent());
    }

    public Outcome discardedStateOnSessionPresentZero(String req) {
        return new DiscardedSessionCheck(req).judge(observation.awaitSessionLost());
    }

    public Outcome dupOnResend(String req) {
        return ask(RedeliveryCheck.dupSet(req));
    }

    public Outcome sameIdentifierOnResend(String req) {
        return ask(RedeliveryCheck.sameIdentifier(req));
    }

    /** The broker refused a CONNECT of the device (its first, as planned from the claimed back-off). */
    public void hadItsConnectRefused() {
        observation.awaitRefusal();
    }

    public Outcome silentAfterRefusal(String req) {
        return ask(RefusedConnectCheck.silentAfterRefusal(req));
    }

    public Outcome backsOffAfterRefusal(String req) {
        return ask(RefusedConnectCheck.backsOff(req, profile.get(PatchKeys.MQTT_BACKOFF)));
    }

    /** The broker sent the device a command on its claimed command topic, once it had subscribed. */
    public void receivedACommand() {
        observation.awaitCommand();
    }

    public Outcome subscribeFlags(String req) {
        return ask(new SubscribeFlagsCheck(req));
    }

    public Outcome commandAnsweredPerQos(String req) {
        return ask(CommandAcknowledgementCheck.answeredPerQos(req,
                Duration.ofSeconds(profile.find(PatchKeys.MQTT_KEEP_ALIVE).orElse(0))));
    }

    public Outcome commandAnsweredUnderItsIdentifier(String req) {
        return ask(CommandAcknowledgementCheck.sameIdentifier(req));
    }

    public Outcome commandUnderAFreedIdentifierAnswered(String req, int qos) {
        return ask(new ReusedIdentifierCheck(req, qos, Duration.ofSeconds(profile.find(PatchKeys.MQTT_KEEP_ALIVE).orElse(0))));
    }

    public Outcome commandAnsweredUnderItsIdentifier(String req, int qos) {
        return ask(CommandAcknowledgementCheck.sameIdentifier(req, qos));
    }

    public Outcome commandsAnsweredInOrder(String req, int qos) {
        return ask(CommandAcknowledgementCheck.inOrder(req, qos));
    }

    public Outcome commandAnsweredWithADefinedReasonCode(String req, int qos) {
        return ask(CommandAcknowledgementCheck.definedReasonCode(req, qos));
    }

    public Outcome releasedCommandsCompleted(String req) {
        return ask(CommandCompletionCheck.completed(req,
                Duration.ofSeconds(profile.find(PatchKeys.MQTT_KEEP_ALIVE).orElse(0))));
    }

    public Outcome commandCompletedUnderItsIdentifier(String req) {
        return ask(CommandCompletionCheck.sameIdentifier(req));
    }

    public Outcome commandCompletedWithADefinedReasonCode(String req) {
        return ask(CommandCompletionCheck.definedReasonCode(req));
    }

    public Outcome willQosWithoutWill(String req) {
        return ask(ConnectFieldCheck.willQosNeedsWillFlag(req, ReportingDevices.will(profile).isPresent()));
    }

    public Outcome willRetainWithoutWill(String req) {
        return ask(ConnectFieldCheck.willRetainNeedsWillFlag(req, ReportingDevices.will(profile).isPresent()));
    }

    public Outcome willQosWithWill(String req) {
        return ask(ConnectFieldCheck.willQosBelowThree(req, ReportingDevices.will(profile).isPresent()));
    }

    /** The claimed will; the scenario applies only when the profile claims one. */
    public Outcome claimedWill(String req) {
        ReportingDevices.Will will = ReportingDevices.will(profile).orElseThrow(() ->
                new IllegalStateException("a scenario about the claimed will runs without @pics:mqtt.will"));
        return ask(ConnectFieldCheck.claimedWill(req, will.topic(), will.qos(), will.retain()));
    }

    public Outcome noUnannouncedTopicAliases(String req) {
        return ask(new TopicAliasCheck(req));
    }

    public Outcome topicAliasesWithinMaximum(String req) {
        return ask(TopicAliasLimitCheck.withinMaximum(req));
    }

    public Outcome commandsAnsweredAtZeroQuota(String req) {
        return ask(new ZeroQuotaAnswerCheck(req));
    }

    public Outcome packetsWithinMaximumSize(String req) {
        return new MaximumPacketSizeCheck(req).judge(observation.awaitEverything(version()));
    }

    /** Whether the device left the titled property out of each answer of the named type it would make too large. */
    public Outcome propertyLeftOutBeyondMaximumSize(String req, String answer, String property) {
        return new AnswerPropertySizeCheck(req, PacketType.valueOf(answer), AnswerPropertySizeCheck.OptionalProperty.titled(property))
                .judge(observation.awaitEverything(version()));
    }

    public Outcome noTopicAliasZero(String req) {
        return ask(TopicAliasLimitCheck.nonZero(req));
    }

    public Outcome withinReceiveMaximum(String req) {
        return ask(new ReceiveMaximumCheck(req, profile.get(PatchKeys.REPORTING_INTERVAL), profile.get(PatchKeys.MQTT_QOS)));
    }

    public Outcome keepsServerKeepAlive(String req) {
        return ask(new ServerKeepAliveCheck(req, KEEP_ALIVE_MARGIN, profile.find(PatchKeys.MQTT_KEEP_ALIVE).orElse(0)));
    }

    public Outcome pingsWhileQuotaIsZero(String req) {
        return ask(new ZeroQuotaKeepAliveCheck(req, KEEP_ALIVE_MARGIN));
    }

    /** The broker presented a certificate from a CA the device does not trust, on one of the device's connections. */
    public void metAnUntrustedCertificate() {
        observation.awaitTlsHandshake(TlsHandshake.Presented.UNTRUSTED);
    }

    /** The broker presented a certificate from the trusted CA for another host, on one of the device's connections. */
    public void metACertificateForAnotherHost() {
        observation.awaitTlsHandshake(TlsHandshake.Presented.WRONG_NAME);
    }

    public Outcome refusedUntrustedCertificate(String req) {
        return ask(new TlsRefusalCheck(req, TlsHandshake.Presented.UNTRUSTED));
    }

    public Outcome refusedCertificateForAnotherHost(String req) {
        return ask(new TlsRefusalCheck(req, TlsHandshake.Presented.WRONG_NAME));
    }

    public Outcome acceptedCredentialsOverTls(String req) {
        return ask(new TlsCredentialsCheck(req));
    }

    public Outcome claimedTopic(String req) {
        return ask(PublishCheck.claimedTopic(req, ReportingDevices.topic(profile)));
    }

    public Outcome claimedQos(String req) {
        return ask(PublishCheck.claimedQos(req, profile.get(PatchKeys.MQTT_QOS)));
    }

    /** The JSON representation: an array of record objects, each label once and of its type. */
    public Outcome senmlRepresentation(String req) {
        return ask(new SenmlRuleCheck(req, EnumSet.of(SenmlRule.JSON_WELL_FORMED, SenmlRule.JSON_UTF8,
                SenmlRule.PACK_IS_ARRAY_OF_RECORDS, SenmlRule.PACK_NOT_EMPTY, SenmlRule.LABEL_UNIQUE,
                SenmlRule.FIELD_TYPE, SenmlRule.NUMBER_EXPONENT_LOWERCASE, SenmlRule.DATA_VALUE_BASE64URL)));
    }

    /** Version and extensibility: a supported, consistent version; no unknown must-understand label. */
    public Outcome senmlVersionAndExtensions(String req) {
        return ask(new SenmlRuleCheck(req, EnumSet.of(SenmlRule.VERSION_POSITIVE_INTEGER, SenmlRule.VERSION_SUPPORTED,
                SenmlRule.VERSION_CONSISTENT, SenmlRule.MUST_UNDERSTAND)));
    }

    public Outcome senmlNames(String req) {
        return ask(new SenmlRuleCheck(req, EnumSet.of(SenmlRule.NAME_NOT_EMPTY, SenmlRule.NAME_CHARACTERS)));
    }

    public Outcome senmlOneValue(String req) {
        return ask(new SenmlRuleCheck(req, EnumSet.of(SenmlRule.VALUE_PRESENT)));
    }

    /** A SHOULD of the JSON representation: numbers short enough to be read without loss. */
    public Outcome senmlNumberLength(String req) {
        return ask(new SenmlRuleCheck(req, EnumSet.of(SenmlRule.NUMBER_LENGTH)));
    }

    public Outcome senmlRegisteredUnits(String req) {
        return ask(new SenmlRuleCheck(req, EnumSet.of(SenmlRule.UNIT_REGISTERED)));
    }

    public Outcome temperatureUnit(String req) {
        return ask(TemperatureCheck.unit(req, temperatureName(), profile.get(PatchKeys.TEMPERATURE_UNIT)));
    }

    public Outcome plausibleTemperature(String req) {
        return ask(TemperatureCheck.plausibleRange(req, temperatureName(), profile.get(PatchKeys.TEMPERATURE_UNIT),
                profile.get(PatchKeys.BODY_MIN), profile.get(PatchKeys.BODY_MAX)));
    }

    public Outcome clock(String req) {
        return ask(new ClockCheck(req, temperatureName(), profile.get(PatchKeys.CLOCK_SKEW)));
    }

    public Outcome reportingInterval(String req) {
        return ask(new ReportingIntervalCheck(req, profile.get(PatchKeys.REPORTING_INTERVAL),
                profile.get(PatchKeys.INTERVAL_TOLERANCE)));
    }

    public Outcome identityInBaseName(String req) {
        return ask(BaseNameIdentityCheck.matchesProfile(req, profile.get(ProfileKeys.UDI_GTIN), profile.get(ProfileKeys.UDI_SERIAL)));
    }

    public Outcome gtinCheckDigit(String req) {
        return ask(BaseNameIdentityCheck.gtinCheckDigit(req));
    }

    public Outcome willFieldsWithWillFlag(String req) {
        return ask(ConnectPayloadCheck.willFieldsWithWillFlag(req, willClaimed()));
    }

    public Outcome noWillWithoutWillFlag(String req) {
        return ask(ConnectPayloadCheck.noWillWithoutWillFlag(req, willClaimed()));
    }

    public Outcome userNameWithFlag(String req) {
        return ask(ConnectPayloadCheck.fieldWithFlag(req, ConnectPayload.Field.USER_NAME, authenticationClaimed()));
    }

    public Outcome noUserNameWithoutFlag(String req) {
        return ask(ConnectPayloadCheck.noFieldWithoutFlag(req, ConnectPayload.Field.USER_NAME, authenticationClaimed()));
    }

    public Outcome passwordWithFlag(String req) {
        return ask(ConnectPayloadCheck.fieldWithFlag(req, ConnectPayload.Field.PASSWORD, authenticationClaimed()));
    }

    public Outcome noPasswordWithoutFlag(String req) {
        return ask(ConnectPayloadCheck.noFieldWithoutFlag(req, ConnectPayload.Field.PASSWORD, authenticationClaimed()));
    }

    public Outcome noPasswordWithoutUserName(String req) {
        return ask(ConnectPayloadCheck.noPasswordWithoutUserName(req, authenticationClaimed()));
    }

    public Outcome clientIdFirst(String req) {
        return ask(ConnectPayloadCheck.clientIdFirst(req, payloadClaims()));
    }

    public Outcome payloadFieldOrder(String req) {
        return ask(ConnectPayloadCheck.fieldOrder(req, payloadClaims()));
    }

    public Outcome clientIdIsUtf8(String req) {
        return ask(ConnectPayloadCheck.utf8(req, ConnectPayload.Field.CLIENT_ID, Optional.empty()));
    }

    public Outcome willTopicIsUtf8(String req) {
        return ask(ConnectPayloadCheck.utf8(req, ConnectPayload.Field.WILL_TOPIC,
                willClaimed() ? Optional.empty() : Optional.of("the profile claims no will")));
    }

    public Outcome userNameIsUtf8(String req) {
        return ask(ConnectPayloadCheck.utf8(req, ConnectPayload.Field.USER_NAME,
                authenticationClaimed() ? Optional.empty() : Optional.of("the profile claims no authentication")));
    }

    private ConnectPayloadCheck.Claims payloadClaims() {
        return new ConnectPayloadCheck.Claims(ReportingDevices.will(profile).map(ReportingDevices.Will::topic),
                ReportingDevices.userName(profile));
    }

    private boolean willClaimed() {
        return ReportingDevices.will(profile).isPresent();
    }

    private boolean authenticationClaimed() {
        return profile.get(PatchKeys.MQTT_AUTHENTICATION);
    }

    public Outcome qos1FirstSendDupClear(String req) {
        return ask(new Qos1FirstSendCheck(req));
    }

    public Outcome reservedFlags(String req) {
        return ask(new ReservedFlagsCheck(req));
    }

    public Outcome nonEmptyTopics(String req) {
        return ask(new NonEmptyTopicCheck(req));
    }

    public Outcome subscribeHasFilters(String req) {
        return ask(TopicFilterCheck.atLeastOneFilter(req));
    }

    public Outcome multiLevelWildcardPlacement(String req) {
        return ask(TopicFilterCheck.multiLevelWildcardPlacement(req));
    }

    public Outcome singleLevelWildcardPlacement(String req) {
        return ask(TopicFilterCheck.singleLevelWildcardPlacement(req));
    }

    public Outcome wellFormedStrings(String req) {
        return ask(StringEncodingCheck.wellFormed(req, version()));
    }

    public Outcome noNullCharacterInStrings(String req) {
        return ask(StringEncodingCheck.noNullCharacter(req, version()));
    }

    public Outcome topicNamesAreStrings(String req) {
        return ask(TopicStringCheck.topicNameIsUtf8String(req, version()));
    }

    public Outcome topicFiltersAreStrings(String req) {
        return ask(TopicStringCheck.filtersAreUtf8Strings(req, version()));
    }

    public Outcome noNullCharacterInTopics(String req) {
        return ask(TopicStringCheck.noNullCharacter(req, version()));
    }

    public Outcome minimalLengths(String req) {
        return ask(new MinimalLengthCheck(req));
    }

    public Outcome noPacketIdentifierAtQos0(String req) {
        return ask(new Qos0PacketIdCheck(req, version()));
    }

    /** The broker sent the device its claimed end-of-session command, and the connection it went out on has ended. */
    public void toldToEndItsSession() {
        afterSessionEnd();
    }

    public Outcome unsubscribeFlags(String req) {
        return UnsubscribeFormCheck.flags(req).judge(afterSessionEnd());
    }

    public Outcome unsubscribeHasFilters(String req) {
        return UnsubscribeFormCheck.atLeastOneFilter(req).judge(afterSessionEnd());
    }

    public Outcome unsubscribeFiltersAreStrings(String req) {
        return TopicStringCheck.unsubscribeFiltersAreUtf8Strings(req, version()).judge(afterSessionEnd());
    }

    public Outcome closesAfterDisconnect(String req) {
        return new DisconnectCloseCheck(req).judge(afterSessionEnd());
    }

    public Outcome silentAfterDisconnect(String req) {
        return new NothingAfterDisconnectCheck(req).judge(afterSessionEnd());
    }

    public Outcome disconnectReasonDefined(String req) {
        return new DisconnectReasonCheck(req).judge(afterSessionEnd());
    }

    public Outcome propertyLengthPresent(String req) {
        return new PropertyLengthCheck(req).judge(observation.awaitEverything(version()));
    }

    public Outcome contentTypeIsString(String req) {
        return ask(PropertyStringCheck.contentType(req));
    }

    public Outcome responseTopicIsString(String req) {
        return ask(PropertyStringCheck.responseTopic(req));
    }

    public Outcome responseTopicHasNoWildcards(String req) {
        return ask(PropertyStringCheck.responseTopicWithoutWildcards(req));
    }

    public Outcome userPropertiesAreStrings(String req) {
        return ask(PropertyStringCheck.userProperties(req));
    }

    public Outcome noPublishAtQosThree(String req) {
        return ask(new PublishQosBitsCheck(req));
    }

    public Outcome closesOnQosThreePublish(String req) {
        return afterProbes(new MalformedProbeCheck(req, MalformedProbe.PUBLISH_QOS_THREE));
    }

    public Outcome closesOnPubackWithWrongFlags(String req) {
        return afterProbes(new MalformedProbeCheck(req, MalformedProbe.PUBACK_FLAGS));
    }

    public Outcome closesOnSecondConnack(String req) {
        return afterProbes(new MalformedProbeCheck(req, MalformedProbe.SECOND_CONNACK));
    }

    public Outcome closesOnDisconnectWithWrongFlags(String req) {
        return afterProbes(new MalformedProbeCheck(req, MalformedProbe.DISCONNECT_FLAGS));
    }

    public Outcome webSocketsOfferedMqtt(String req) {
        return ask(WebSocketCheck.mqttSubprotocolOffered(req));
    }

    /** Judged on everything the device sent, the connections after the window included. */
    public Outcome binaryWebSocketFramesOnly(String req) {
        return afterProbes(WebSocketCheck.binaryFramesOnly(req));
    }

    public Outcome closesOnTextFrame(String req) {
        return afterProbes(new MalformedProbeCheck(req, MalformedProbe.TEXT_FRAME));
    }

    public Outcome readAcrossWebSocketFrames(String req) {
        return ask(WebSocketCheck.readAcrossFrameBoundaries(req));
    }

    /** MQTT 5.0 enhanced authentication: judged on everything the device sent, the connections after the window included. */
    public Outcome onlyAuthBeforeConnack(String req) {
        return EnhancedAuthenticationCheck.onlyAuthBeforeConnack(req).judge(observation.awaitEverything(version()));
    }

    /** The flags of the device's AUTH packets, and its closing the connection on the broker's AUTH with flags set. */
    public Outcome authFlagsZeroAndClosesOnOthers(String req) {
        return afterProbes(new AllOfCheck(req, List.of(EnhancedAuthenticationCheck.flagsZero(req),
                new MalformedProbeCheck(req, MalformedProbe.AUTH_FLAGS))));
    }

    public Outcome authReasonCodesDefined(String req) {
        return EnhancedAuthenticationCheck.definedReasonCodes(req).judge(observation.awaitEverything(version()));
    }

    public Outcome authRepliesContinue(String req) {
        return EnhancedAuthenticationCheck.continueInReply(req).judge(observation.awaitEverything(version()));
    }

    public Outcome authNamesTheConnectMethod(String req) {
        return EnhancedAuthenticationCheck.sameMethod(req).judge(observation.awaitEverything(version()));
    }

    public Outcome noAuthWithoutMethod(String req) {
        return EnhancedAuthenticationCheck.noneWithoutMethod(req).judge(observation.awaitEverything(version()));
    }

    public Outcome reauthenticatesWithTheSameMethod(String req) {
        return EnhancedAuthenticationCheck.reauthenticationSameMethod(req).judge(observation.awaitEverything(version()));
    }

    public Outcome closesOnFailedReauthentication(String req) {
        return afterProbes(new MalformedProbeCheck(req, MalformedProbe.WRONG_SERVER_SIGNATURE));
    }

    public Outcome takesEveryAnnouncedTopicAlias(String req) {
        // judged once the malformed probes have run too: the first goes out on the connection open then, which ends it
        return afterProbes(new AliasedCommandCheck(req, keepAlive()));
    }

    public Outcome dropsTopicAliasesWithTheConnection(String req) {
        return afterProbes(new UnmappedAliasCheck(req));
    }

    public Outcome qos2NewMessageWithDupClear(String req) {
        return ask(Qos2SenderCheck.dupClear(req));
    }

    public Outcome qos2ReceiptReleased(String req) {
        return ask(Qos2SenderCheck.released(req, keepAlive()));
    }

    public Outcome releaseFlags(String req) {
        return ask(Qos2SenderCheck.releaseFlags(req));
    }

    public Outcome releaseReasonCode(String req) {
        return ask(Qos2SenderCheck.releaseReasonCode(req));
    }

    public Outcome qos2PublishResentUntilReceived(String req) {
        return ask(Qos2ResumptionCheck.publishResent(req));
    }

    public Outcome releaseResentUntilCompleted(String req) {
        return Qos2ResumptionCheck.releaseResent(req).judge(observation.awaitReleaseResent());
    }

    public Outcome releasedMessageNotPublishedAgain(String req) {
        return Qos2ResumptionCheck.notPublishedAfterRelease(req).judge(observation.awaitReleaseResent());
    }

    public Outcome releasesInReceiptOrder(String req) {
        return new ReleaseOrderCheck(req).judge(observation.awaitReceiptsReversed());
    }

    /** MQTT 3.1.1 states the whole QoS 2 sender's flow as one requirement: every part of it is judged. */
    public Outcome qos2SenderFlow(String req) {
        return new AllOfCheck(req, List.of(Qos2SenderCheck.unusedIdentifier(req), Qos2SenderCheck.dupClear(req),
                Qos2SenderCheck.released(req, keepAlive()), Qos2ResumptionCheck.publishResent(req),
                Qos2ResumptionCheck.releaseResent(req), Qos2ResumptionCheck.notPublishedAfterRelease(req)))
                .judge(observation.awaitReleaseResent());
    }

    /**
     * Judged on the whole observation: in MQTT 5.0 the window holds a late receipt under the Receive Maximum, in 3.1.1
     * the phase that reverses two receipts holds one back.
     */
    public Outcome sessionStateKeptWhileConnected(String req) {
        return new SessionStateKeptCheck(req).judge(observation.awaitEverything(version()));
    }

    private Duration keepAlive() {
        return Duration.ofSeconds(profile.find(PatchKeys.MQTT_KEEP_ALIVE).orElse(0));
    }

    private List<Evidence> afterSessionEnd() {
        return observation.awaitSessionEnd(version());
    }

    private Outcome afterProbes(Check check) {
        return check.judge(observation.awaitMalformedProbes(version()));
    }

    private MqttVersion version() {
        return MqttVersion.parse(profile.get(PatchKeys.MQTT_VERSION));
    }

    private boolean persistentSession() {
        return "persistent".equals(profile.get(PatchKeys.MQTT_SESSION));
    }

    private String temperatureName() {
        return profile.get(PatchKeys.TEMPERATURE_NAME);
    }

    private Outcome ask(Check check) {
        return observation.judge(check);
    }
}
