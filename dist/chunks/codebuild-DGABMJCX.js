import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  mapLimited
} from "./chunk-JGKL4APN.js";
import {
  roleKeyOfRef
} from "./chunk-L2OTJWW4.js";
import {
  dependent,
  emptyOutput,
  record
} from "./chunk-4UWP6UQL.js";
import {
  client_exports as client_exports2,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs3 as require_dist_cjs,
  require_dist_cjs4 as require_dist_cjs2,
  retry_exports
} from "./chunk-EWTAOQ4U.js";
import "./chunk-ZXZ6IRW6.js";
import "./chunk-P7RJKAE7.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-SNSM4IQ5.js";
import {
  __commonJS,
  __toCommonJS,
  __toESM
} from "./chunk-UUTPRXCH.js";

// node_modules/@aws-sdk/client-codebuild/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-codebuild/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultCodeBuildHttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "codebuild",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    var defaultCodeBuildHttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "codebuild"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1141.0";
    var packageInfo = {
      version
    };
    var k = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [k]: "Endpoint" };
    var h = { [k]: d };
    var i = {};
    var j = [{ [k]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://codebuild-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://codebuild-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://codebuild.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://codebuild.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      12,
      3,
      1,
      4,
      r + 11,
      2,
      5,
      r + 11,
      3,
      8,
      6,
      4,
      7,
      r + 10,
      5,
      r + 8,
      r + 9,
      4,
      10,
      9,
      6,
      r + 6,
      r + 7,
      5,
      11,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      13,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var CodeBuildServiceException = class _CodeBuildServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _CodeBuildServiceException.prototype);
      }
    };
    var AccountLimitExceededException = class _AccountLimitExceededException extends CodeBuildServiceException {
      name = "AccountLimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AccountLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountLimitExceededException.prototype);
      }
    };
    var AccountSuspendedException = class _AccountSuspendedException extends CodeBuildServiceException {
      name = "AccountSuspendedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AccountSuspendedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountSuspendedException.prototype);
      }
    };
    var InvalidInputException = class _InvalidInputException extends CodeBuildServiceException {
      name = "InvalidInputException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidInputException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInputException.prototype);
      }
    };
    var ResourceAlreadyExistsException = class _ResourceAlreadyExistsException extends CodeBuildServiceException {
      name = "ResourceAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceAlreadyExistsException.prototype);
      }
    };
    var OAuthProviderException = class _OAuthProviderException extends CodeBuildServiceException {
      name = "OAuthProviderException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OAuthProviderException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OAuthProviderException.prototype);
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends CodeBuildServiceException {
      name = "ResourceNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
      }
    };
    var _ALEE = "AccountLimitExceededException";
    var _ARC = "AutoRetryConfig";
    var _ASE = "AccountSuspendedException";
    var _B = "Build";
    var _BA = "BuildArtifacts";
    var _BAL = "BuildArtifactsList";
    var _BB = "BuildBatch";
    var _BBF = "BuildBatchFilter";
    var _BBP = "BuildBatchPhase";
    var _BBPu = "BuildBatchPhases";
    var _BBu = "BuildBatches";
    var _BDB = "BatchDeleteBuilds";
    var _BDBI = "BatchDeleteBuildsInput";
    var _BDBO = "BatchDeleteBuildsOutput";
    var _BG = "BuildGroup";
    var _BGB = "BatchGetBuilds";
    var _BGBB = "BatchGetBuildBatches";
    var _BGBBI = "BatchGetBuildBatchesInput";
    var _BGBBO = "BatchGetBuildBatchesOutput";
    var _BGBI = "BatchGetBuildsInput";
    var _BGBO = "BatchGetBuildsOutput";
    var _BGCE = "BatchGetCommandExecutions";
    var _BGCEI = "BatchGetCommandExecutionsInput";
    var _BGCEO = "BatchGetCommandExecutionsOutput";
    var _BGF = "BatchGetFleets";
    var _BGFI = "BatchGetFleetsInput";
    var _BGFO = "BatchGetFleetsOutput";
    var _BGP = "BatchGetProjects";
    var _BGPI = "BatchGetProjectsInput";
    var _BGPO = "BatchGetProjectsOutput";
    var _BGR = "BatchGetReports";
    var _BGRG = "BatchGetReportGroups";
    var _BGRGI = "BatchGetReportGroupsInput";
    var _BGRGO = "BatchGetReportGroupsOutput";
    var _BGRI = "BatchGetReportsInput";
    var _BGRO = "BatchGetReportsOutput";
    var _BGS = "BatchGetSandboxes";
    var _BGSI = "BatchGetSandboxesInput";
    var _BGSO = "BatchGetSandboxesOutput";
    var _BGu = "BuildGroups";
    var _BND = "BuildNotDeleted";
    var _BNDu = "BuildsNotDeleted";
    var _BP = "BuildPhase";
    var _BPu = "BuildPhases";
    var _BR = "BatchRestrictions";
    var _BS = "BuildSummary";
    var _BSC = "BuildStatusConfig";
    var _BSu = "BuildSummaries";
    var _Bu = "Builds";
    var _CC = "CodeCoverage";
    var _CCRS = "CodeCoverageReportSummary";
    var _CCo = "ComputeConfiguration";
    var _CCod = "CodeCoverages";
    var _CE = "CommandExecution";
    var _CEo = "CommandExecutions";
    var _CF = "CreateFleet";
    var _CFI = "CreateFleetInput";
    var _CFO = "CreateFleetOutput";
    var _CP = "CreateProject";
    var _CPI = "CreateProjectInput";
    var _CPO = "CreateProjectOutput";
    var _CRG = "CreateReportGroup";
    var _CRGI = "CreateReportGroupInput";
    var _CRGO = "CreateReportGroupOutput";
    var _CW = "CreateWebhook";
    var _CWI = "CreateWebhookInput";
    var _CWLC = "CloudWatchLogsConfig";
    var _CWO = "CreateWebhookOutput";
    var _DBB = "DeleteBuildBatch";
    var _DBBI = "DeleteBuildBatchInput";
    var _DBBO = "DeleteBuildBatchOutput";
    var _DCC = "DescribeCodeCoverages";
    var _DCCI = "DescribeCodeCoveragesInput";
    var _DCCO = "DescribeCodeCoveragesOutput";
    var _DF = "DeleteFleet";
    var _DFI = "DeleteFleetInput";
    var _DFO = "DeleteFleetOutput";
    var _DP = "DeleteProject";
    var _DPI = "DeleteProjectInput";
    var _DPO = "DeleteProjectOutput";
    var _DR = "DeleteReport";
    var _DRG = "DeleteReportGroup";
    var _DRGI = "DeleteReportGroupInput";
    var _DRGO = "DeleteReportGroupOutput";
    var _DRI = "DeleteReportInput";
    var _DRO = "DeleteReportOutput";
    var _DRP = "DeleteResourcePolicy";
    var _DRPI = "DeleteResourcePolicyInput";
    var _DRPO = "DeleteResourcePolicyOutput";
    var _DS = "DebugSession";
    var _DSC = "DeleteSourceCredentials";
    var _DSCI = "DeleteSourceCredentialsInput";
    var _DSCO = "DeleteSourceCredentialsOutput";
    var _DSS = "DockerServerStatus";
    var _DSo = "DockerServer";
    var _DTC = "DescribeTestCases";
    var _DTCI = "DescribeTestCasesInput";
    var _DTCO = "DescribeTestCasesOutput";
    var _DW = "DeleteWebhook";
    var _DWI = "DeleteWebhookInput";
    var _DWO = "DeleteWebhookOutput";
    var _EEV = "ExportedEnvironmentVariable";
    var _EEVx = "ExportedEnvironmentVariables";
    var _EI = "EnvironmentImage";
    var _EIn = "EnvironmentImages";
    var _EL = "EnvironmentLanguage";
    var _ELn = "EnvironmentLanguages";
    var _EP = "EnvironmentPlatform";
    var _EPn = "EnvironmentPlatforms";
    var _EV = "EnvironmentVariable";
    var _EVn = "EnvironmentVariables";
    var _F = "Fleet";
    var _FG = "FilterGroups";
    var _FGi = "FilterGroup";
    var _FPR = "FleetProxyRule";
    var _FPRl = "FleetProxyRules";
    var _FS = "FleetStatus";
    var _Fl = "Fleets";
    var _GRGT = "GetReportGroupTrend";
    var _GRGTI = "GetReportGroupTrendInput";
    var _GRGTO = "GetReportGroupTrendOutput";
    var _GRP = "GetResourcePolicy";
    var _GRPI = "GetResourcePolicyInput";
    var _GRPO = "GetResourcePolicyOutput";
    var _GSC = "GitSubmodulesConfig";
    var _IIE = "InvalidInputException";
    var _IPC = "InvalidateProjectCache";
    var _IPCI = "InvalidateProjectCacheInput";
    var _IPCO = "InvalidateProjectCacheOutput";
    var _ISC = "ImportSourceCredentials";
    var _ISCI = "ImportSourceCredentialsInput";
    var _ISCO = "ImportSourceCredentialsOutput";
    var _LB = "ListBuilds";
    var _LBB = "ListBuildBatches";
    var _LBBFP = "ListBuildBatchesForProject";
    var _LBBFPI = "ListBuildBatchesForProjectInput";
    var _LBBFPO = "ListBuildBatchesForProjectOutput";
    var _LBBI = "ListBuildBatchesInput";
    var _LBBO = "ListBuildBatchesOutput";
    var _LBFP = "ListBuildsForProject";
    var _LBFPI = "ListBuildsForProjectInput";
    var _LBFPO = "ListBuildsForProjectOutput";
    var _LBI = "ListBuildsInput";
    var _LBO = "ListBuildsOutput";
    var _LC = "LogsConfig";
    var _LCEFS = "ListCommandExecutionsForSandbox";
    var _LCEFSI = "ListCommandExecutionsForSandboxInput";
    var _LCEFSO = "ListCommandExecutionsForSandboxOutput";
    var _LCEI = "ListCuratedEnvironmentImages";
    var _LCEII = "ListCuratedEnvironmentImagesInput";
    var _LCEIO = "ListCuratedEnvironmentImagesOutput";
    var _LF = "ListFleets";
    var _LFI = "ListFleetsInput";
    var _LFO = "ListFleetsOutput";
    var _LL = "LogsLocation";
    var _LP = "ListProjects";
    var _LPI = "ListProjectsInput";
    var _LPO = "ListProjectsOutput";
    var _LR = "ListReports";
    var _LRFRG = "ListReportsForReportGroup";
    var _LRFRGI = "ListReportsForReportGroupInput";
    var _LRFRGO = "ListReportsForReportGroupOutput";
    var _LRG = "ListReportGroups";
    var _LRGI = "ListReportGroupsInput";
    var _LRGO = "ListReportGroupsOutput";
    var _LRI = "ListReportsInput";
    var _LRO = "ListReportsOutput";
    var _LS = "ListSandboxes";
    var _LSC = "ListSourceCredentials";
    var _LSCI = "ListSourceCredentialsInput";
    var _LSCO = "ListSourceCredentialsOutput";
    var _LSFP = "ListSandboxesForProject";
    var _LSFPI = "ListSandboxesForProjectInput";
    var _LSFPO = "ListSandboxesForProjectOutput";
    var _LSI = "ListSandboxesInput";
    var _LSO = "ListSandboxesOutput";
    var _LSP = "ListSharedProjects";
    var _LSPI = "ListSharedProjectsInput";
    var _LSPO = "ListSharedProjectsOutput";
    var _LSRG = "ListSharedReportGroups";
    var _LSRGI = "ListSharedReportGroupsInput";
    var _LSRGO = "ListSharedReportGroupsOutput";
    var _NI = "NetworkInterface";
    var _OAPE = "OAuthProviderException";
    var _P = "Project";
    var _PA = "ProjectArtifacts";
    var _PAL = "ProjectArtifactsList";
    var _PB = "ProjectBadge";
    var _PBBC = "ProjectBuildBatchConfig";
    var _PC = "PhaseContext";
    var _PCh = "PhaseContexts";
    var _PCr = "ProjectCache";
    var _PCro = "ProxyConfiguration";
    var _PE = "ProjectEnvironment";
    var _PF = "ProjectFleet";
    var _PFSL = "ProjectFileSystemLocation";
    var _PFSLr = "ProjectFileSystemLocations";
    var _PRBP = "PullRequestBuildPolicy";
    var _PRP = "PutResourcePolicy";
    var _PRPI = "PutResourcePolicyInput";
    var _PRPO = "PutResourcePolicyOutput";
    var _PS = "ProjectSource";
    var _PSSV = "ProjectSecondarySourceVersions";
    var _PSV = "ProjectSourceVersion";
    var _PSr = "ProjectSources";
    var _Pr = "Projects";
    var _R = "Report";
    var _RA = "ResolvedArtifact";
    var _RAEE = "ResourceAlreadyExistsException";
    var _RB = "RetryBuild";
    var _RBB = "RetryBuildBatch";
    var _RBBI = "RetryBuildBatchInput";
    var _RBBO = "RetryBuildBatchOutput";
    var _RBI = "RetryBuildInput";
    var _RBO = "RetryBuildOutput";
    var _RC = "RegistryCredential";
    var _REC = "ReportExportConfig";
    var _RF = "ReportFilter";
    var _RG = "ReportGroup";
    var _RGTRDL = "ReportGroupTrendRawDataList";
    var _RGTS = "ReportGroupTrendStats";
    var _RGe = "ReportGroups";
    var _RNFE = "ResourceNotFoundException";
    var _RSA = "ResolvedSecondaryArtifacts";
    var _RWRD = "ReportWithRawData";
    var _Re = "Reports";
    var _S = "Sandbox";
    var _SA = "SourceAuth";
    var _SB = "StartBuild";
    var _SBB = "StartBuildBatch";
    var _SBBI = "StartBuildBatchInput";
    var _SBBIt = "StopBuildBatchInput";
    var _SBBO = "StartBuildBatchOutput";
    var _SBBOt = "StopBuildBatchOutput";
    var _SBBt = "StopBuildBatch";
    var _SBI = "StartBuildInput";
    var _SBIt = "StopBuildInput";
    var _SBO = "StartBuildOutput";
    var _SBOt = "StopBuildOutput";
    var _SBt = "StopBuild";
    var _SC = "ScopeConfiguration";
    var _SCE = "StartCommandExecution";
    var _SCEI = "StartCommandExecutionInput";
    var _SCEO = "StartCommandExecutionOutput";
    var _SCI = "ScalingConfigurationInput";
    var _SCIo = "SourceCredentialsInfo";
    var _SCIou = "SourceCredentialsInfos";
    var _SCO = "ScalingConfigurationOutput";
    var _SLC = "S3LogsConfig";
    var _SNES = "SensitiveNonEmptyString";
    var _SREC = "S3ReportExportConfig";
    var _SS = "SensitiveString";
    var _SSC = "StartSandboxConnection";
    var _SSCI = "StartSandboxConnectionInput";
    var _SSCO = "StartSandboxConnectionOutput";
    var _SSI = "StartSandboxInput";
    var _SSIt = "StopSandboxInput";
    var _SSMS = "SSMSession";
    var _SSO = "StartSandboxOutput";
    var _SSOt = "StopSandboxOutput";
    var _SSP = "SandboxSessionPhase";
    var _SSPa = "SandboxSessionPhases";
    var _SSa = "SandboxSession";
    var _SSt = "StartSandbox";
    var _SSto = "StopSandbox";
    var _Sa = "Sandboxes";
    var _T = "Tag";
    var _TC = "TestCase";
    var _TCF = "TestCaseFilter";
    var _TCe = "TestCases";
    var _TL = "TagList";
    var _TRS = "TestReportSummary";
    var _TTSC = "TargetTrackingScalingConfiguration";
    var _TTSCa = "TargetTrackingScalingConfigurations";
    var _UF = "UpdateFleet";
    var _UFI = "UpdateFleetInput";
    var _UFO = "UpdateFleetOutput";
    var _UP = "UpdateProject";
    var _UPI = "UpdateProjectInput";
    var _UPO = "UpdateProjectOutput";
    var _UPV = "UpdateProjectVisibility";
    var _UPVI = "UpdateProjectVisibilityInput";
    var _UPVO = "UpdateProjectVisibilityOutput";
    var _URG = "UpdateReportGroup";
    var _URGI = "UpdateReportGroupInput";
    var _URGO = "UpdateReportGroupOutput";
    var _UW = "UpdateWebhook";
    var _UWI = "UpdateWebhookInput";
    var _UWO = "UpdateWebhookOutput";
    var _VC = "VpcConfig";
    var _W = "Webhook";
    var _WF = "WebhookFilter";
    var _a = "arn";
    var _aI = "artifactIdentifier";
    var _aO = "artifactsOverride";
    var _aR = "approverRoles";
    var _aRC = "autoRetryConfig";
    var _aRL = "autoRetryLimit";
    var _aRLO = "autoRetryLimitOverride";
    var _aRN = "autoRetryNumber";
    var _aT = "authType";
    var _ar = "artifacts";
    var _au = "auth";
    var _av = "average";
    var _b = "builds";
    var _bB = "buildBatches";
    var _bBA = "buildBatchArn";
    var _bBC = "buildBatchConfig";
    var _bBCO = "buildBatchConfigOverride";
    var _bBN = "buildBatchNumber";
    var _bBNF = "buildBatchesNotFound";
    var _bBS = "buildBatchStatus";
    var _bBu = "buildBatch";
    var _bC = "buildComplete";
    var _bCP = "branchCoveragePercentage";
    var _bCa = "baseCapacity";
    var _bCr = "branchesCovered";
    var _bD = "buildsDeleted";
    var _bE = "badgeEnabled";
    var _bF = "branchFilter";
    var _bG = "buildGroups";
    var _bM = "branchesMissed";
    var _bN = "buildNumber";
    var _bND = "buildsNotDeleted";
    var _bNF = "buildsNotFound";
    var _bO = "bucketOwner";
    var _bOA = "bucketOwnerAccess";
    var _bOu = "buildspecOverride";
    var _bRM = "batchReportMode";
    var _bRU = "badgeRequestUrl";
    var _bS = "buildStatus";
    var _bSC = "buildStatusConfig";
    var _bSCO = "buildStatusConfigOverride";
    var _bT = "buildType";
    var _bTIM = "buildTimeoutInMinutes";
    var _bTIMO = "buildTimeoutInMinutesOverride";
    var _ba = "badge";
    var _bu = "buildspec";
    var _buc = "bucket";
    var _bui = "build";
    var _c = "client";
    var _cA = "combineArtifacts";
    var _cBL = "concurrentBuildLimit";
    var _cBS = "currentBuildSummary";
    var _cC = "computeConfiguration";
    var _cCS = "codeCoverageSummary";
    var _cCo = "codeCoverages";
    var _cE = "commandExecutions";
    var _cEI = "commandExecutionIds";
    var _cENF = "commandExecutionsNotFound";
    var _cEo = "commandExecution";
    var _cN = "cacheNamespace";
    var _cO = "certificateOverride";
    var _cOa = "cacheOverride";
    var _cP = "currentPhase";
    var _cPr = "credentialProvider";
    var _cS = "currentSession";
    var _cT = "computeType";
    var _cTA = "computeTypesAllowed";
    var _cTO = "computeTypeOverride";
    var _cWL = "cloudWatchLogs";
    var _cWLA = "cloudWatchLogsArn";
    var _ca = "cache";
    var _ce = "certificate";
    var _co = "complete";
    var _com = "command";
    var _con = "contexts";
    var _cont = "context";
    var _cr = "created";
    var _cre = "credential";
    var _d = "disk";
    var _dB = "defaultBehavior";
    var _dC = "desiredCapacity";
    var _dINS = "durationInNanoSeconds";
    var _dIS = "durationInSeconds";
    var _dL = "deepLink";
    var _dO = "dependsOn";
    var _dR = "deleteReports";
    var _dS = "debugSession";
    var _dSE = "debugSessionEnabled";
    var _dSo = "dockerServer";
    var _da = "data";
    var _de = "description";
    var _do = "domain";
    var _e = "error";
    var _eC = "exitCode";
    var _eCT = "exportConfigType";
    var _eCx = "exportConfig";
    var _eD = "encryptionDisabled";
    var _eEV = "exportedEnvironmentVariables";
    var _eI = "executionId";
    var _eK = "encryptionKey";
    var _eKO = "encryptionKeyOverride";
    var _eMP = "excludeMatchedPattern";
    var _eT = "endTime";
    var _eTO = "environmentTypeOverride";
    var _eTn = "environmentType";
    var _eV = "environmentVariables";
    var _eVO = "environmentVariablesOverride";
    var _ef = "effect";
    var _en = "environment";
    var _ent = "entities";
    var _ex = "expired";
    var _f = "fleets";
    var _fA = "fleetsAllowed";
    var _fAl = "fleetArn";
    var _fG = "filterGroups";
    var _fNF = "fleetsNotFound";
    var _fO = "fleetOverride";
    var _fP = "filePath";
    var _fS = "fetchSubmodules";
    var _fSL = "fileSystemLocations";
    var _fSR = "fleetServiceRole";
    var _fi = "filter";
    var _fl = "fleet";
    var _gCD = "gitCloneDepth";
    var _gCDO = "gitCloneDepthOverride";
    var _gN = "groupName";
    var _gSC = "gitSubmodulesConfig";
    var _gSCO = "gitSubmodulesConfigOverride";
    var _hK = "hostKernel";
    var _hKO = "hostKernelOverride";
    var _i = "ids";
    var _iF = "ignoreFailure";
    var _iI = "imageId";
    var _iO = "imageOverride";
    var _iPCT = "imagePullCredentialsType";
    var _iPCTO = "imagePullCredentialsTypeOverride";
    var _iS = "insecureSsl";
    var _iSO = "insecureSslOverride";
    var _iT = "instanceType";
    var _iTd = "idempotencyToken";
    var _id = "id";
    var _ide = "identifier";
    var _im = "images";
    var _ima = "image";
    var _in = "initiator";
    var _k = "key";
    var _ke = "keyword";
    var _l = "logs";
    var _lC = "logConfig";
    var _lCO = "logsConfigOverride";
    var _lCP = "lineCoveragePercentage";
    var _lCi = "linesCovered";
    var _lCo = "logsConfig";
    var _lM = "linesMissed";
    var _lMS = "lastModifiedSecret";
    var _lMa = "lastModified";
    var _la = "language";
    var _lan = "languages";
    var _lo = "location";
    var _m = "message";
    var _mBA = "maximumBuildsAllowed";
    var _mC = "manualCreation";
    var _mCa = "maxCapacity";
    var _mLCP = "minLineCoveragePercentage";
    var _mLCPa = "maxLineCoveragePercentage";
    var _mO = "mountOptions";
    var _mP = "mountPoint";
    var _mR = "maxResults";
    var _mT = "machineType";
    var _mTe = "metricType";
    var _ma = "max";
    var _md = "md5sum";
    var _me = "memory";
    var _mi = "min";
    var _mo = "modes";
    var _n = "names";
    var _nAR = "nextAutoRetry";
    var _nI = "networkInterface";
    var _nII = "networkInterfaceId";
    var _nOR = "numOfReports";
    var _nT = "nextToken";
    var _nTa = "namespaceType";
    var _na = "name";
    var _oAN = "overrideArtifactName";
    var _oB = "overflowBehavior";
    var _oPR = "orderedProxyRules";
    var _p = "projects";
    var _pA = "primaryArtifact";
    var _pAR = "previousAutoRetry";
    var _pAr = "projectArn";
    var _pBSL = "priorBuildSummaryList";
    var _pC = "proxyConfiguration";
    var _pM = "privilegedMode";
    var _pMO = "privilegedModeOverride";
    var _pN = "projectName";
    var _pNF = "projectsNotFound";
    var _pPA = "publicProjectAlias";
    var _pRBP = "pullRequestBuildPolicy";
    var _pS = "phaseStatus";
    var _pT = "phaseType";
    var _pU = "payloadUrl";
    var _pV = "projectVisibility";
    var _pa = "path";
    var _pac = "packaging";
    var _pat = "pattern";
    var _ph = "phases";
    var _pl = "platform";
    var _pla = "platforms";
    var _po = "policy";
    var _pr = "project";
    var _pre = "prefix";
    var _qTIM = "queuedTimeoutInMinutes";
    var _qTIMO = "queuedTimeoutInMinutesOverride";
    var _r = "reports";
    var _rA = "reportArns";
    var _rAR = "resourceAccessRole";
    var _rARN = "reportARN";
    var _rAe = "resourceArn";
    var _rAep = "reportArn";
    var _rBBSO = "reportBuildBatchStatusOverride";
    var _rBS = "reportBuildStatus";
    var _rBSO = "reportBuildStatusOverride";
    var _rC = "registryCredential";
    var _rCA = "requiresCommentApproval";
    var _rCO = "registryCredentialOverride";
    var _rD = "rawData";
    var _rG = "reportGroups";
    var _rGA = "reportGroupArns";
    var _rGAe = "reportGroupArn";
    var _rGNF = "reportGroupsNotFound";
    var _rGe = "reportGroup";
    var _rNF = "reportsNotFound";
    var _rO = "requestedOn";
    var _rS = "rotateSecret";
    var _rSV = "resolvedSourceVersion";
    var _rT = "retryType";
    var _rTe = "requestTime";
    var _re = "restrictions";
    var _res = "resource";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.codebuild";
    var _sA = "secondaryArtifacts";
    var _sAO = "secondaryArtifactsOverride";
    var _sAOo = "sourceAuthOverride";
    var _sAa = "sandboxArn";
    var _sB = "sortBy";
    var _sC = "statusCode";
    var _sCI = "sourceCredentialsInfos";
    var _sCc = "scalingConfiguration";
    var _sCco = "scopeConfiguration";
    var _sCt = "statusCounts";
    var _sD = "s3Destination";
    var _sDL = "s3DeepLink";
    var _sE = "sessionEnabled";
    var _sEC = "standardErrContent";
    var _sGI = "securityGroupIds";
    var _sI = "sandboxId";
    var _sIe = "sessionId";
    var _sIo = "sourceIdentifier";
    var _sIu = "subnetId";
    var _sL = "s3Logs";
    var _sLA = "s3LogsArn";
    var _sLO = "sourceLocationOverride";
    var _sM = "statusMessage";
    var _sN = "streamName";
    var _sNF = "sandboxesNotFound";
    var _sO = "sortOrder";
    var _sOC = "standardOutputContent";
    var _sOh = "shouldOverwrite";
    var _sR = "serviceRole";
    var _sRO = "serviceRoleOverride";
    var _sS = "secondarySources";
    var _sSO = "secondarySourcesOverride";
    var _sSV = "secondarySourceVersions";
    var _sSVO = "secondarySourcesVersionOverride";
    var _sSs = "ssmSession";
    var _sT = "startTime";
    var _sTO = "sourceTypeOverride";
    var _sTc = "scalingType";
    var _sTe = "sessionTarget";
    var _sTer = "serverType";
    var _sTu = "submitTime";
    var _sU = "streamUrl";
    var _sV = "sourceVersion";
    var _sa = "sandboxes";
    var _san = "sandbox";
    var _sc = "scope";
    var _se = "secret";
    var _sh = "sha256sum";
    var _so = "source";
    var _st = "status";
    var _sta = "stats";
    var _su = "subnets";
    var _t = "type";
    var _tC = "testCases";
    var _tF = "trendField";
    var _tIM = "timeoutInMinutes";
    var _tIMO = "timeoutInMinutesOverride";
    var _tIMi = "timeoutInMins";
    var _tRDP = "testRawDataPath";
    var _tS = "testSummary";
    var _tSN = "testSuiteName";
    var _tTSC = "targetTrackingScalingConfigs";
    var _tU = "targetUrl";
    var _tV = "tokenValue";
    var _tVa = "targetValue";
    var _ta = "tags";
    var _to = "token";
    var _tot = "total";
    var _tr = "truncated";
    var _u = "username";
    var _ur = "url";
    var _v = "versions";
    var _vC = "vpcConfig";
    var _vCp = "vCpu";
    var _vI = "vpcId";
    var _va = "value";
    var _w = "webhook";
    var n0 = "com.amazonaws.codebuild";
    var _s_registry = new TypeRegistry(_s);
    var CodeBuildServiceException$ = [-3, _s, "CodeBuildServiceException", 0, [], []];
    _s_registry.registerError(CodeBuildServiceException$, CodeBuildServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AccountLimitExceededException$ = [
      -3,
      n0,
      _ALEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(AccountLimitExceededException$, AccountLimitExceededException);
    var AccountSuspendedException$ = [
      -3,
      n0,
      _ASE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(AccountSuspendedException$, AccountSuspendedException);
    var InvalidInputException$ = [
      -3,
      n0,
      _IIE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidInputException$, InvalidInputException);
    var OAuthProviderException$ = [
      -3,
      n0,
      _OAPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OAuthProviderException$, OAuthProviderException);
    var ResourceAlreadyExistsException$ = [
      -3,
      n0,
      _RAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceAlreadyExistsException$, ResourceAlreadyExistsException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var SensitiveNonEmptyString = [0, n0, _SNES, 8, 0];
    var SensitiveString = [0, n0, _SS, 8, 0];
    var AutoRetryConfig$ = [
      3,
      n0,
      _ARC,
      0,
      [_aRL, _aRN, _nAR, _pAR],
      [1, 1, 0, 0]
    ];
    var BatchDeleteBuildsInput$ = [
      3,
      n0,
      _BDBI,
      0,
      [_i],
      [64 | 0],
      1
    ];
    var BatchDeleteBuildsOutput$ = [
      3,
      n0,
      _BDBO,
      0,
      [_bD, _bND],
      [64 | 0, () => BuildsNotDeleted]
    ];
    var BatchGetBuildBatchesInput$ = [
      3,
      n0,
      _BGBBI,
      0,
      [_i],
      [64 | 0],
      1
    ];
    var BatchGetBuildBatchesOutput$ = [
      3,
      n0,
      _BGBBO,
      0,
      [_bB, _bBNF],
      [() => BuildBatches, 64 | 0]
    ];
    var BatchGetBuildsInput$ = [
      3,
      n0,
      _BGBI,
      0,
      [_i],
      [64 | 0],
      1
    ];
    var BatchGetBuildsOutput$ = [
      3,
      n0,
      _BGBO,
      0,
      [_b, _bNF],
      [() => Builds, 64 | 0]
    ];
    var BatchGetCommandExecutionsInput$ = [
      3,
      n0,
      _BGCEI,
      0,
      [_sI, _cEI],
      [0, 64 | 0],
      2
    ];
    var BatchGetCommandExecutionsOutput$ = [
      3,
      n0,
      _BGCEO,
      0,
      [_cE, _cENF],
      [[() => CommandExecutions, 0], 64 | 0]
    ];
    var BatchGetFleetsInput$ = [
      3,
      n0,
      _BGFI,
      0,
      [_n],
      [64 | 0],
      1
    ];
    var BatchGetFleetsOutput$ = [
      3,
      n0,
      _BGFO,
      0,
      [_f, _fNF],
      [() => Fleets, 64 | 0]
    ];
    var BatchGetProjectsInput$ = [
      3,
      n0,
      _BGPI,
      0,
      [_n],
      [64 | 0],
      1
    ];
    var BatchGetProjectsOutput$ = [
      3,
      n0,
      _BGPO,
      0,
      [_p, _pNF],
      [() => Projects, 64 | 0]
    ];
    var BatchGetReportGroupsInput$ = [
      3,
      n0,
      _BGRGI,
      0,
      [_rGA],
      [64 | 0],
      1
    ];
    var BatchGetReportGroupsOutput$ = [
      3,
      n0,
      _BGRGO,
      0,
      [_rG, _rGNF],
      [() => ReportGroups, 64 | 0]
    ];
    var BatchGetReportsInput$ = [
      3,
      n0,
      _BGRI,
      0,
      [_rA],
      [64 | 0],
      1
    ];
    var BatchGetReportsOutput$ = [
      3,
      n0,
      _BGRO,
      0,
      [_r, _rNF],
      [() => Reports, 64 | 0]
    ];
    var BatchGetSandboxesInput$ = [
      3,
      n0,
      _BGSI,
      0,
      [_i],
      [64 | 0],
      1
    ];
    var BatchGetSandboxesOutput$ = [
      3,
      n0,
      _BGSO,
      0,
      [_sa, _sNF],
      [() => Sandboxes, 64 | 0]
    ];
    var BatchRestrictions$ = [
      3,
      n0,
      _BR,
      0,
      [_mBA, _cTA, _fA],
      [1, 64 | 0, 64 | 0]
    ];
    var Build$ = [
      3,
      n0,
      _B,
      0,
      [_id, _a, _bN, _sT, _eT, _cP, _bS, _sV, _rSV, _pN, _ph, _so, _sS, _sSV, _ar, _sA, _ca, _en, _sR, _l, _tIM, _qTIM, _bC, _in, _vC, _nI, _eK, _eEV, _rA, _fSL, _dS, _bBA, _aRC],
      [0, 0, 1, 4, 4, 0, 0, 0, 0, 0, () => BuildPhases, () => ProjectSource$, () => ProjectSources, () => ProjectSecondarySourceVersions, () => BuildArtifacts$, () => BuildArtifactsList, () => ProjectCache$, () => ProjectEnvironment$, 0, () => LogsLocation$, 1, 1, 2, 0, () => VpcConfig$, () => NetworkInterface$, 0, () => ExportedEnvironmentVariables, 64 | 0, () => ProjectFileSystemLocations, () => DebugSession$, 0, () => AutoRetryConfig$]
    ];
    var BuildArtifacts$ = [
      3,
      n0,
      _BA,
      0,
      [_lo, _sh, _md, _oAN, _eD, _aI, _bOA],
      [0, 0, 0, 2, 2, 0, 0]
    ];
    var BuildBatch$ = [
      3,
      n0,
      _BB,
      0,
      [_id, _a, _sT, _eT, _cP, _bBS, _sV, _rSV, _pN, _ph, _so, _sS, _sSV, _ar, _sA, _ca, _en, _sR, _lC, _bTIM, _qTIM, _co, _in, _vC, _eK, _bBN, _fSL, _bBC, _bG, _dSE, _rA],
      [0, 0, 4, 4, 0, 0, 0, 0, 0, () => BuildBatchPhases, () => ProjectSource$, () => ProjectSources, () => ProjectSecondarySourceVersions, () => BuildArtifacts$, () => BuildArtifactsList, () => ProjectCache$, () => ProjectEnvironment$, 0, () => LogsConfig$, 1, 1, 2, 0, () => VpcConfig$, 0, 1, () => ProjectFileSystemLocations, () => ProjectBuildBatchConfig$, () => BuildGroups, 2, 64 | 0]
    ];
    var BuildBatchFilter$ = [
      3,
      n0,
      _BBF,
      0,
      [_st],
      [0]
    ];
    var BuildBatchPhase$ = [
      3,
      n0,
      _BBP,
      0,
      [_pT, _pS, _sT, _eT, _dIS, _con],
      [0, 0, 4, 4, 1, () => PhaseContexts]
    ];
    var BuildGroup$ = [
      3,
      n0,
      _BG,
      0,
      [_ide, _dO, _iF, _cBS, _pBSL],
      [0, 64 | 0, 2, () => BuildSummary$, () => BuildSummaries]
    ];
    var BuildNotDeleted$ = [
      3,
      n0,
      _BND,
      0,
      [_id, _sC],
      [0, 0]
    ];
    var BuildPhase$ = [
      3,
      n0,
      _BP,
      0,
      [_pT, _pS, _sT, _eT, _dIS, _con],
      [0, 0, 4, 4, 1, () => PhaseContexts]
    ];
    var BuildStatusConfig$ = [
      3,
      n0,
      _BSC,
      0,
      [_cont, _tU],
      [0, 0]
    ];
    var BuildSummary$ = [
      3,
      n0,
      _BS,
      0,
      [_a, _rO, _bS, _pA, _sA],
      [0, 4, 0, () => ResolvedArtifact$, () => ResolvedSecondaryArtifacts]
    ];
    var CloudWatchLogsConfig$ = [
      3,
      n0,
      _CWLC,
      0,
      [_st, _gN, _sN],
      [0, 0, 0],
      1
    ];
    var CodeCoverage$ = [
      3,
      n0,
      _CC,
      0,
      [_id, _rARN, _fP, _lCP, _lCi, _lM, _bCP, _bCr, _bM, _ex],
      [0, 0, 0, 1, 1, 1, 1, 1, 1, 4]
    ];
    var CodeCoverageReportSummary$ = [
      3,
      n0,
      _CCRS,
      0,
      [_lCP, _lCi, _lM, _bCP, _bCr, _bM],
      [1, 1, 1, 1, 1, 1]
    ];
    var CommandExecution$ = [
      3,
      n0,
      _CE,
      0,
      [_id, _sI, _sTu, _sT, _eT, _st, _com, _t, _eC, _sOC, _sEC, _l, _sAa],
      [0, 0, 4, 4, 4, 0, [() => SensitiveNonEmptyString, 0], 0, 0, [() => SensitiveNonEmptyString, 0], [() => SensitiveNonEmptyString, 0], () => LogsLocation$, 0]
    ];
    var ComputeConfiguration$ = [
      3,
      n0,
      _CCo,
      0,
      [_vCp, _me, _d, _mT, _iT],
      [1, 1, 1, 0, 0]
    ];
    var CreateFleetInput$ = [
      3,
      n0,
      _CFI,
      0,
      [_na, _bCa, _eTn, _cT, _cC, _sCc, _oB, _vC, _pC, _iI, _fSR, _ta],
      [0, 1, 0, 0, () => ComputeConfiguration$, () => ScalingConfigurationInput$, 0, () => VpcConfig$, () => ProxyConfiguration$, 0, 0, () => TagList],
      4
    ];
    var CreateFleetOutput$ = [
      3,
      n0,
      _CFO,
      0,
      [_fl],
      [() => Fleet$]
    ];
    var CreateProjectInput$ = [
      3,
      n0,
      _CPI,
      0,
      [_na, _so, _ar, _en, _sR, _de, _sS, _sV, _sSV, _sA, _ca, _tIM, _qTIM, _eK, _ta, _vC, _bE, _lCo, _fSL, _bBC, _cBL, _aRL],
      [0, () => ProjectSource$, () => ProjectArtifacts$, () => ProjectEnvironment$, 0, 0, () => ProjectSources, 0, () => ProjectSecondarySourceVersions, () => ProjectArtifactsList, () => ProjectCache$, 1, 1, 0, () => TagList, () => VpcConfig$, 2, () => LogsConfig$, () => ProjectFileSystemLocations, () => ProjectBuildBatchConfig$, 1, 1],
      5
    ];
    var CreateProjectOutput$ = [
      3,
      n0,
      _CPO,
      0,
      [_pr],
      [() => Project$]
    ];
    var CreateReportGroupInput$ = [
      3,
      n0,
      _CRGI,
      0,
      [_na, _t, _eCx, _ta],
      [0, 0, () => ReportExportConfig$, () => TagList],
      3
    ];
    var CreateReportGroupOutput$ = [
      3,
      n0,
      _CRGO,
      0,
      [_rGe],
      [() => ReportGroup$]
    ];
    var CreateWebhookInput$ = [
      3,
      n0,
      _CWI,
      0,
      [_pN, _bF, _fG, _bT, _mC, _sCco, _pRBP],
      [0, 0, () => FilterGroups, 0, 2, () => ScopeConfiguration$, () => PullRequestBuildPolicy$],
      1
    ];
    var CreateWebhookOutput$ = [
      3,
      n0,
      _CWO,
      0,
      [_w],
      [() => Webhook$]
    ];
    var DebugSession$ = [
      3,
      n0,
      _DS,
      0,
      [_sE, _sTe],
      [2, 0]
    ];
    var DeleteBuildBatchInput$ = [
      3,
      n0,
      _DBBI,
      0,
      [_id],
      [0],
      1
    ];
    var DeleteBuildBatchOutput$ = [
      3,
      n0,
      _DBBO,
      0,
      [_sC, _bD, _bND],
      [0, 64 | 0, () => BuildsNotDeleted]
    ];
    var DeleteFleetInput$ = [
      3,
      n0,
      _DFI,
      0,
      [_a],
      [0],
      1
    ];
    var DeleteFleetOutput$ = [
      3,
      n0,
      _DFO,
      0,
      [],
      []
    ];
    var DeleteProjectInput$ = [
      3,
      n0,
      _DPI,
      0,
      [_na],
      [0],
      1
    ];
    var DeleteProjectOutput$ = [
      3,
      n0,
      _DPO,
      0,
      [],
      []
    ];
    var DeleteReportGroupInput$ = [
      3,
      n0,
      _DRGI,
      0,
      [_a, _dR],
      [0, 2],
      1
    ];
    var DeleteReportGroupOutput$ = [
      3,
      n0,
      _DRGO,
      0,
      [],
      []
    ];
    var DeleteReportInput$ = [
      3,
      n0,
      _DRI,
      0,
      [_a],
      [0],
      1
    ];
    var DeleteReportOutput$ = [
      3,
      n0,
      _DRO,
      0,
      [],
      []
    ];
    var DeleteResourcePolicyInput$ = [
      3,
      n0,
      _DRPI,
      0,
      [_rAe],
      [0],
      1
    ];
    var DeleteResourcePolicyOutput$ = [
      3,
      n0,
      _DRPO,
      0,
      [],
      []
    ];
    var DeleteSourceCredentialsInput$ = [
      3,
      n0,
      _DSCI,
      0,
      [_a],
      [0],
      1
    ];
    var DeleteSourceCredentialsOutput$ = [
      3,
      n0,
      _DSCO,
      0,
      [_a],
      [0]
    ];
    var DeleteWebhookInput$ = [
      3,
      n0,
      _DWI,
      0,
      [_pN],
      [0],
      1
    ];
    var DeleteWebhookOutput$ = [
      3,
      n0,
      _DWO,
      0,
      [],
      []
    ];
    var DescribeCodeCoveragesInput$ = [
      3,
      n0,
      _DCCI,
      0,
      [_rAep, _nT, _mR, _sO, _sB, _mLCP, _mLCPa],
      [0, 0, 1, 0, 0, 1, 1],
      1
    ];
    var DescribeCodeCoveragesOutput$ = [
      3,
      n0,
      _DCCO,
      0,
      [_nT, _cCo],
      [0, () => CodeCoverages]
    ];
    var DescribeTestCasesInput$ = [
      3,
      n0,
      _DTCI,
      0,
      [_rAep, _nT, _mR, _fi],
      [0, 0, 1, () => TestCaseFilter$],
      1
    ];
    var DescribeTestCasesOutput$ = [
      3,
      n0,
      _DTCO,
      0,
      [_nT, _tC],
      [0, () => TestCases]
    ];
    var DockerServer$ = [
      3,
      n0,
      _DSo,
      0,
      [_cT, _sGI, _st],
      [0, 64 | 0, () => DockerServerStatus$],
      1
    ];
    var DockerServerStatus$ = [
      3,
      n0,
      _DSS,
      0,
      [_st, _m],
      [0, 0]
    ];
    var EnvironmentImage$ = [
      3,
      n0,
      _EI,
      0,
      [_na, _de, _v],
      [0, 0, 64 | 0]
    ];
    var EnvironmentLanguage$ = [
      3,
      n0,
      _EL,
      0,
      [_la, _im],
      [0, () => EnvironmentImages]
    ];
    var EnvironmentPlatform$ = [
      3,
      n0,
      _EP,
      0,
      [_pl, _lan],
      [0, () => EnvironmentLanguages]
    ];
    var EnvironmentVariable$ = [
      3,
      n0,
      _EV,
      0,
      [_na, _va, _t],
      [0, 0, 0],
      2
    ];
    var ExportedEnvironmentVariable$ = [
      3,
      n0,
      _EEV,
      0,
      [_na, _va],
      [0, 0]
    ];
    var Fleet$ = [
      3,
      n0,
      _F,
      0,
      [_a, _na, _id, _cr, _lMa, _st, _bCa, _eTn, _cT, _cC, _sCc, _oB, _vC, _pC, _iI, _fSR, _ta],
      [0, 0, 0, 4, 4, () => FleetStatus$, 1, 0, 0, () => ComputeConfiguration$, () => ScalingConfigurationOutput$, 0, () => VpcConfig$, () => ProxyConfiguration$, 0, 0, () => TagList]
    ];
    var FleetProxyRule$ = [
      3,
      n0,
      _FPR,
      0,
      [_t, _ef, _ent],
      [0, 0, 64 | 0],
      3
    ];
    var FleetStatus$ = [
      3,
      n0,
      _FS,
      0,
      [_sC, _cont, _m],
      [0, 0, 0]
    ];
    var GetReportGroupTrendInput$ = [
      3,
      n0,
      _GRGTI,
      0,
      [_rGAe, _tF, _nOR],
      [0, 0, 1],
      2
    ];
    var GetReportGroupTrendOutput$ = [
      3,
      n0,
      _GRGTO,
      0,
      [_sta, _rD],
      [() => ReportGroupTrendStats$, () => ReportGroupTrendRawDataList]
    ];
    var GetResourcePolicyInput$ = [
      3,
      n0,
      _GRPI,
      0,
      [_rAe],
      [0],
      1
    ];
    var GetResourcePolicyOutput$ = [
      3,
      n0,
      _GRPO,
      0,
      [_po],
      [0]
    ];
    var GitSubmodulesConfig$ = [
      3,
      n0,
      _GSC,
      0,
      [_fS],
      [2],
      1
    ];
    var ImportSourceCredentialsInput$ = [
      3,
      n0,
      _ISCI,
      0,
      [_to, _sTer, _aT, _u, _sOh],
      [[() => SensitiveNonEmptyString, 0], 0, 0, 0, 2],
      3
    ];
    var ImportSourceCredentialsOutput$ = [
      3,
      n0,
      _ISCO,
      0,
      [_a],
      [0]
    ];
    var InvalidateProjectCacheInput$ = [
      3,
      n0,
      _IPCI,
      0,
      [_pN],
      [0],
      1
    ];
    var InvalidateProjectCacheOutput$ = [
      3,
      n0,
      _IPCO,
      0,
      [],
      []
    ];
    var ListBuildBatchesForProjectInput$ = [
      3,
      n0,
      _LBBFPI,
      0,
      [_pN, _fi, _mR, _sO, _nT],
      [0, () => BuildBatchFilter$, 1, 0, 0]
    ];
    var ListBuildBatchesForProjectOutput$ = [
      3,
      n0,
      _LBBFPO,
      0,
      [_i, _nT],
      [64 | 0, 0]
    ];
    var ListBuildBatchesInput$ = [
      3,
      n0,
      _LBBI,
      0,
      [_fi, _mR, _sO, _nT],
      [() => BuildBatchFilter$, 1, 0, 0]
    ];
    var ListBuildBatchesOutput$ = [
      3,
      n0,
      _LBBO,
      0,
      [_i, _nT],
      [64 | 0, 0]
    ];
    var ListBuildsForProjectInput$ = [
      3,
      n0,
      _LBFPI,
      0,
      [_pN, _sO, _nT],
      [0, 0, 0],
      1
    ];
    var ListBuildsForProjectOutput$ = [
      3,
      n0,
      _LBFPO,
      0,
      [_i, _nT],
      [64 | 0, 0]
    ];
    var ListBuildsInput$ = [
      3,
      n0,
      _LBI,
      0,
      [_sO, _nT],
      [0, 0]
    ];
    var ListBuildsOutput$ = [
      3,
      n0,
      _LBO,
      0,
      [_i, _nT],
      [64 | 0, 0]
    ];
    var ListCommandExecutionsForSandboxInput$ = [
      3,
      n0,
      _LCEFSI,
      0,
      [_sI, _mR, _sO, _nT],
      [0, 1, 0, [() => SensitiveString, 0]],
      1
    ];
    var ListCommandExecutionsForSandboxOutput$ = [
      3,
      n0,
      _LCEFSO,
      0,
      [_cE, _nT],
      [[() => CommandExecutions, 0], 0]
    ];
    var ListCuratedEnvironmentImagesInput$ = [
      3,
      n0,
      _LCEII,
      0,
      [],
      []
    ];
    var ListCuratedEnvironmentImagesOutput$ = [
      3,
      n0,
      _LCEIO,
      0,
      [_pla],
      [() => EnvironmentPlatforms]
    ];
    var ListFleetsInput$ = [
      3,
      n0,
      _LFI,
      0,
      [_nT, _mR, _sO, _sB],
      [[() => SensitiveString, 0], 1, 0, 0]
    ];
    var ListFleetsOutput$ = [
      3,
      n0,
      _LFO,
      0,
      [_nT, _f],
      [0, 64 | 0]
    ];
    var ListProjectsInput$ = [
      3,
      n0,
      _LPI,
      0,
      [_sB, _sO, _nT],
      [0, 0, 0]
    ];
    var ListProjectsOutput$ = [
      3,
      n0,
      _LPO,
      0,
      [_nT, _p],
      [0, 64 | 0]
    ];
    var ListReportGroupsInput$ = [
      3,
      n0,
      _LRGI,
      0,
      [_sO, _sB, _nT, _mR],
      [0, 0, 0, 1]
    ];
    var ListReportGroupsOutput$ = [
      3,
      n0,
      _LRGO,
      0,
      [_nT, _rG],
      [0, 64 | 0]
    ];
    var ListReportsForReportGroupInput$ = [
      3,
      n0,
      _LRFRGI,
      0,
      [_rGAe, _nT, _sO, _mR, _fi],
      [0, 0, 0, 1, () => ReportFilter$],
      1
    ];
    var ListReportsForReportGroupOutput$ = [
      3,
      n0,
      _LRFRGO,
      0,
      [_nT, _r],
      [0, 64 | 0]
    ];
    var ListReportsInput$ = [
      3,
      n0,
      _LRI,
      0,
      [_sO, _nT, _mR, _fi],
      [0, 0, 1, () => ReportFilter$]
    ];
    var ListReportsOutput$ = [
      3,
      n0,
      _LRO,
      0,
      [_nT, _r],
      [0, 64 | 0]
    ];
    var ListSandboxesForProjectInput$ = [
      3,
      n0,
      _LSFPI,
      0,
      [_pN, _mR, _sO, _nT],
      [0, 1, 0, [() => SensitiveString, 0]],
      1
    ];
    var ListSandboxesForProjectOutput$ = [
      3,
      n0,
      _LSFPO,
      0,
      [_i, _nT],
      [64 | 0, 0]
    ];
    var ListSandboxesInput$ = [
      3,
      n0,
      _LSI,
      0,
      [_mR, _sO, _nT],
      [1, 0, 0]
    ];
    var ListSandboxesOutput$ = [
      3,
      n0,
      _LSO,
      0,
      [_i, _nT],
      [64 | 0, 0]
    ];
    var ListSharedProjectsInput$ = [
      3,
      n0,
      _LSPI,
      0,
      [_sB, _sO, _mR, _nT],
      [0, 0, 1, 0]
    ];
    var ListSharedProjectsOutput$ = [
      3,
      n0,
      _LSPO,
      0,
      [_nT, _p],
      [0, 64 | 0]
    ];
    var ListSharedReportGroupsInput$ = [
      3,
      n0,
      _LSRGI,
      0,
      [_sO, _sB, _nT, _mR],
      [0, 0, 0, 1]
    ];
    var ListSharedReportGroupsOutput$ = [
      3,
      n0,
      _LSRGO,
      0,
      [_nT, _rG],
      [0, 64 | 0]
    ];
    var ListSourceCredentialsInput$ = [
      3,
      n0,
      _LSCI,
      0,
      [],
      []
    ];
    var ListSourceCredentialsOutput$ = [
      3,
      n0,
      _LSCO,
      0,
      [_sCI],
      [() => SourceCredentialsInfos]
    ];
    var LogsConfig$ = [
      3,
      n0,
      _LC,
      0,
      [_cWL, _sL],
      [() => CloudWatchLogsConfig$, () => S3LogsConfig$]
    ];
    var LogsLocation$ = [
      3,
      n0,
      _LL,
      0,
      [_gN, _sN, _dL, _sDL, _cWLA, _sLA, _cWL, _sL],
      [0, 0, 0, 0, 0, 0, () => CloudWatchLogsConfig$, () => S3LogsConfig$]
    ];
    var NetworkInterface$ = [
      3,
      n0,
      _NI,
      0,
      [_sIu, _nII],
      [0, 0]
    ];
    var PhaseContext$ = [
      3,
      n0,
      _PC,
      0,
      [_sC, _m],
      [0, 0]
    ];
    var Project$ = [
      3,
      n0,
      _P,
      0,
      [_na, _a, _de, _so, _sS, _sV, _sSV, _ar, _sA, _ca, _en, _sR, _tIM, _qTIM, _eK, _ta, _cr, _lMa, _w, _vC, _ba, _lCo, _fSL, _bBC, _cBL, _pV, _pPA, _rAR, _aRL],
      [0, 0, 0, () => ProjectSource$, () => ProjectSources, 0, () => ProjectSecondarySourceVersions, () => ProjectArtifacts$, () => ProjectArtifactsList, () => ProjectCache$, () => ProjectEnvironment$, 0, 1, 1, 0, () => TagList, 4, 4, () => Webhook$, () => VpcConfig$, () => ProjectBadge$, () => LogsConfig$, () => ProjectFileSystemLocations, () => ProjectBuildBatchConfig$, 1, 0, 0, 0, 1]
    ];
    var ProjectArtifacts$ = [
      3,
      n0,
      _PA,
      0,
      [_t, _lo, _pa, _nTa, _na, _pac, _oAN, _eD, _aI, _bOA],
      [0, 0, 0, 0, 0, 0, 2, 2, 0, 0],
      1
    ];
    var ProjectBadge$ = [
      3,
      n0,
      _PB,
      0,
      [_bE, _bRU],
      [2, 0]
    ];
    var ProjectBuildBatchConfig$ = [
      3,
      n0,
      _PBBC,
      0,
      [_sR, _cA, _re, _tIMi, _bRM],
      [0, 2, () => BatchRestrictions$, 1, 0]
    ];
    var ProjectCache$ = [
      3,
      n0,
      _PCr,
      0,
      [_t, _lo, _mo, _cN],
      [0, 0, 64 | 0, 0],
      1
    ];
    var ProjectEnvironment$ = [
      3,
      n0,
      _PE,
      0,
      [_t, _ima, _cT, _cC, _fl, _eV, _pM, _ce, _rC, _iPCT, _dSo, _hK],
      [0, 0, 0, () => ComputeConfiguration$, () => ProjectFleet$, () => EnvironmentVariables, 2, 0, () => RegistryCredential$, 0, () => DockerServer$, 0],
      3
    ];
    var ProjectFileSystemLocation$ = [
      3,
      n0,
      _PFSL,
      0,
      [_t, _lo, _mP, _ide, _mO],
      [0, 0, 0, 0, 0]
    ];
    var ProjectFleet$ = [
      3,
      n0,
      _PF,
      0,
      [_fAl],
      [0]
    ];
    var ProjectSource$ = [
      3,
      n0,
      _PS,
      0,
      [_t, _lo, _gCD, _gSC, _bu, _au, _rBS, _bSC, _iS, _sIo],
      [0, 0, 1, () => GitSubmodulesConfig$, 0, () => SourceAuth$, 2, () => BuildStatusConfig$, 2, 0],
      1
    ];
    var ProjectSourceVersion$ = [
      3,
      n0,
      _PSV,
      0,
      [_sIo, _sV],
      [0, 0],
      2
    ];
    var ProxyConfiguration$ = [
      3,
      n0,
      _PCro,
      0,
      [_dB, _oPR],
      [0, () => FleetProxyRules]
    ];
    var PullRequestBuildPolicy$ = [
      3,
      n0,
      _PRBP,
      0,
      [_rCA, _aR],
      [0, 64 | 0],
      1
    ];
    var PutResourcePolicyInput$ = [
      3,
      n0,
      _PRPI,
      0,
      [_po, _rAe],
      [0, 0],
      2
    ];
    var PutResourcePolicyOutput$ = [
      3,
      n0,
      _PRPO,
      0,
      [_rAe],
      [0]
    ];
    var RegistryCredential$ = [
      3,
      n0,
      _RC,
      0,
      [_cre, _cPr],
      [0, 0],
      2
    ];
    var Report$ = [
      3,
      n0,
      _R,
      0,
      [_a, _t, _na, _rGAe, _eI, _st, _cr, _ex, _eCx, _tr, _tS, _cCS],
      [0, 0, 0, 0, 0, 0, 4, 4, () => ReportExportConfig$, 2, () => TestReportSummary$, () => CodeCoverageReportSummary$]
    ];
    var ReportExportConfig$ = [
      3,
      n0,
      _REC,
      0,
      [_eCT, _sD],
      [0, () => S3ReportExportConfig$]
    ];
    var ReportFilter$ = [
      3,
      n0,
      _RF,
      0,
      [_st],
      [0]
    ];
    var ReportGroup$ = [
      3,
      n0,
      _RG,
      0,
      [_a, _na, _t, _eCx, _cr, _lMa, _ta, _st],
      [0, 0, 0, () => ReportExportConfig$, 4, 4, () => TagList, 0]
    ];
    var ReportGroupTrendStats$ = [
      3,
      n0,
      _RGTS,
      0,
      [_av, _ma, _mi],
      [0, 0, 0]
    ];
    var ReportWithRawData$ = [
      3,
      n0,
      _RWRD,
      0,
      [_rAep, _da],
      [0, 0]
    ];
    var ResolvedArtifact$ = [
      3,
      n0,
      _RA,
      0,
      [_t, _lo, _ide],
      [0, 0, 0]
    ];
    var RetryBuildBatchInput$ = [
      3,
      n0,
      _RBBI,
      0,
      [_id, _iTd, _rT],
      [0, 0, 0]
    ];
    var RetryBuildBatchOutput$ = [
      3,
      n0,
      _RBBO,
      0,
      [_bBu],
      [() => BuildBatch$]
    ];
    var RetryBuildInput$ = [
      3,
      n0,
      _RBI,
      0,
      [_id, _iTd],
      [0, 0]
    ];
    var RetryBuildOutput$ = [
      3,
      n0,
      _RBO,
      0,
      [_bui],
      [() => Build$]
    ];
    var S3LogsConfig$ = [
      3,
      n0,
      _SLC,
      0,
      [_st, _lo, _eD, _bOA],
      [0, 0, 2, 0],
      1
    ];
    var S3ReportExportConfig$ = [
      3,
      n0,
      _SREC,
      0,
      [_buc, _bO, _pa, _pac, _eK, _eD],
      [0, 0, 0, 0, 0, 2]
    ];
    var Sandbox$ = [
      3,
      n0,
      _S,
      0,
      [_id, _a, _pN, _rTe, _sT, _eT, _st, _so, _sV, _sS, _sSV, _en, _fSL, _tIM, _qTIM, _vC, _lC, _eK, _sR, _cS],
      [0, 0, 0, 4, 4, 4, 0, () => ProjectSource$, 0, () => ProjectSources, () => ProjectSecondarySourceVersions, () => ProjectEnvironment$, () => ProjectFileSystemLocations, 1, 1, () => VpcConfig$, () => LogsConfig$, 0, 0, () => SandboxSession$]
    ];
    var SandboxSession$ = [
      3,
      n0,
      _SSa,
      0,
      [_id, _st, _sT, _eT, _cP, _ph, _rSV, _l, _nI],
      [0, 0, 4, 4, 0, () => SandboxSessionPhases, 0, () => LogsLocation$, () => NetworkInterface$]
    ];
    var SandboxSessionPhase$ = [
      3,
      n0,
      _SSP,
      0,
      [_pT, _pS, _sT, _eT, _dIS, _con],
      [0, 0, 4, 4, 1, () => PhaseContexts]
    ];
    var ScalingConfigurationInput$ = [
      3,
      n0,
      _SCI,
      0,
      [_sTc, _tTSC, _mCa],
      [0, () => TargetTrackingScalingConfigurations, 1]
    ];
    var ScalingConfigurationOutput$ = [
      3,
      n0,
      _SCO,
      0,
      [_sTc, _tTSC, _mCa, _dC],
      [0, () => TargetTrackingScalingConfigurations, 1, 1]
    ];
    var ScopeConfiguration$ = [
      3,
      n0,
      _SC,
      0,
      [_na, _sc, _do],
      [0, 0, 0],
      2
    ];
    var SourceAuth$ = [
      3,
      n0,
      _SA,
      0,
      [_t, _res],
      [0, 0],
      1
    ];
    var SourceCredentialsInfo$ = [
      3,
      n0,
      _SCIo,
      0,
      [_a, _sTer, _aT, _res],
      [0, 0, 0, 0]
    ];
    var SSMSession$ = [
      3,
      n0,
      _SSMS,
      0,
      [_sIe, _tV, _sU],
      [0, 0, 0]
    ];
    var StartBuildBatchInput$ = [
      3,
      n0,
      _SBBI,
      0,
      [_pN, _sSO, _sSVO, _sV, _aO, _sAO, _eVO, _sTO, _sLO, _sAOo, _gCDO, _gSCO, _bOu, _iSO, _rBBSO, _eTO, _iO, _cTO, _cO, _cOa, _sRO, _pMO, _bTIMO, _qTIMO, _eKO, _iTd, _lCO, _rCO, _iPCTO, _bBCO, _dSE],
      [0, () => ProjectSources, () => ProjectSecondarySourceVersions, 0, () => ProjectArtifacts$, () => ProjectArtifactsList, () => EnvironmentVariables, 0, 0, () => SourceAuth$, 1, () => GitSubmodulesConfig$, 0, 2, 2, 0, 0, 0, 0, () => ProjectCache$, 0, 2, 1, 1, 0, 0, () => LogsConfig$, () => RegistryCredential$, 0, () => ProjectBuildBatchConfig$, 2],
      1
    ];
    var StartBuildBatchOutput$ = [
      3,
      n0,
      _SBBO,
      0,
      [_bBu],
      [() => BuildBatch$]
    ];
    var StartBuildInput$ = [
      3,
      n0,
      _SBI,
      0,
      [_pN, _sSO, _sSVO, _sV, _aO, _sAO, _eVO, _sTO, _sLO, _sAOo, _gCDO, _gSCO, _bOu, _iSO, _rBSO, _bSCO, _eTO, _iO, _cTO, _cO, _cOa, _sRO, _pMO, _tIMO, _qTIMO, _eKO, _iTd, _lCO, _rCO, _iPCTO, _dSE, _fO, _aRLO, _hKO],
      [0, () => ProjectSources, () => ProjectSecondarySourceVersions, 0, () => ProjectArtifacts$, () => ProjectArtifactsList, () => EnvironmentVariables, 0, 0, () => SourceAuth$, 1, () => GitSubmodulesConfig$, 0, 2, 2, () => BuildStatusConfig$, 0, 0, 0, 0, () => ProjectCache$, 0, 2, 1, 1, 0, 0, () => LogsConfig$, () => RegistryCredential$, 0, 2, () => ProjectFleet$, 1, 0],
      1
    ];
    var StartBuildOutput$ = [
      3,
      n0,
      _SBO,
      0,
      [_bui],
      [() => Build$]
    ];
    var StartCommandExecutionInput$ = [
      3,
      n0,
      _SCEI,
      0,
      [_sI, _com, _t],
      [0, [() => SensitiveNonEmptyString, 0], 0],
      2
    ];
    var StartCommandExecutionOutput$ = [
      3,
      n0,
      _SCEO,
      0,
      [_cEo],
      [[() => CommandExecution$, 0]]
    ];
    var StartSandboxConnectionInput$ = [
      3,
      n0,
      _SSCI,
      0,
      [_sI],
      [0],
      1
    ];
    var StartSandboxConnectionOutput$ = [
      3,
      n0,
      _SSCO,
      0,
      [_sSs],
      [() => SSMSession$]
    ];
    var StartSandboxInput$ = [
      3,
      n0,
      _SSI,
      0,
      [_pN, _iTd],
      [0, [() => SensitiveString, 0]]
    ];
    var StartSandboxOutput$ = [
      3,
      n0,
      _SSO,
      0,
      [_san],
      [() => Sandbox$]
    ];
    var StopBuildBatchInput$ = [
      3,
      n0,
      _SBBIt,
      0,
      [_id],
      [0],
      1
    ];
    var StopBuildBatchOutput$ = [
      3,
      n0,
      _SBBOt,
      0,
      [_bBu],
      [() => BuildBatch$]
    ];
    var StopBuildInput$ = [
      3,
      n0,
      _SBIt,
      0,
      [_id],
      [0],
      1
    ];
    var StopBuildOutput$ = [
      3,
      n0,
      _SBOt,
      0,
      [_bui],
      [() => Build$]
    ];
    var StopSandboxInput$ = [
      3,
      n0,
      _SSIt,
      0,
      [_id],
      [0],
      1
    ];
    var StopSandboxOutput$ = [
      3,
      n0,
      _SSOt,
      0,
      [_san],
      [() => Sandbox$]
    ];
    var Tag$ = [
      3,
      n0,
      _T,
      0,
      [_k, _va],
      [0, 0]
    ];
    var TargetTrackingScalingConfiguration$ = [
      3,
      n0,
      _TTSC,
      0,
      [_mTe, _tVa],
      [0, 1]
    ];
    var TestCase$ = [
      3,
      n0,
      _TC,
      0,
      [_rAep, _tRDP, _pre, _na, _st, _dINS, _m, _ex, _tSN],
      [0, 0, 0, 0, 0, 1, 0, 4, 0]
    ];
    var TestCaseFilter$ = [
      3,
      n0,
      _TCF,
      0,
      [_st, _ke],
      [0, 0]
    ];
    var TestReportSummary$ = [
      3,
      n0,
      _TRS,
      0,
      [_tot, _sCt, _dINS],
      [1, 128 | 1, 1],
      3
    ];
    var UpdateFleetInput$ = [
      3,
      n0,
      _UFI,
      0,
      [_a, _bCa, _eTn, _cT, _cC, _sCc, _oB, _vC, _pC, _iI, _fSR, _ta],
      [0, 1, 0, 0, () => ComputeConfiguration$, () => ScalingConfigurationInput$, 0, () => VpcConfig$, () => ProxyConfiguration$, 0, 0, () => TagList],
      1
    ];
    var UpdateFleetOutput$ = [
      3,
      n0,
      _UFO,
      0,
      [_fl],
      [() => Fleet$]
    ];
    var UpdateProjectInput$ = [
      3,
      n0,
      _UPI,
      0,
      [_na, _de, _so, _sS, _sV, _sSV, _ar, _sA, _ca, _en, _sR, _tIM, _qTIM, _eK, _ta, _vC, _bE, _lCo, _fSL, _bBC, _cBL, _aRL],
      [0, 0, () => ProjectSource$, () => ProjectSources, 0, () => ProjectSecondarySourceVersions, () => ProjectArtifacts$, () => ProjectArtifactsList, () => ProjectCache$, () => ProjectEnvironment$, 0, 1, 1, 0, () => TagList, () => VpcConfig$, 2, () => LogsConfig$, () => ProjectFileSystemLocations, () => ProjectBuildBatchConfig$, 1, 1],
      1
    ];
    var UpdateProjectOutput$ = [
      3,
      n0,
      _UPO,
      0,
      [_pr],
      [() => Project$]
    ];
    var UpdateProjectVisibilityInput$ = [
      3,
      n0,
      _UPVI,
      0,
      [_pAr, _pV, _rAR],
      [0, 0, 0],
      2
    ];
    var UpdateProjectVisibilityOutput$ = [
      3,
      n0,
      _UPVO,
      0,
      [_pAr, _pPA, _pV],
      [0, 0, 0]
    ];
    var UpdateReportGroupInput$ = [
      3,
      n0,
      _URGI,
      0,
      [_a, _eCx, _ta],
      [0, () => ReportExportConfig$, () => TagList],
      1
    ];
    var UpdateReportGroupOutput$ = [
      3,
      n0,
      _URGO,
      0,
      [_rGe],
      [() => ReportGroup$]
    ];
    var UpdateWebhookInput$ = [
      3,
      n0,
      _UWI,
      0,
      [_pN, _bF, _rS, _fG, _bT, _pRBP],
      [0, 0, 2, () => FilterGroups, 0, () => PullRequestBuildPolicy$],
      1
    ];
    var UpdateWebhookOutput$ = [
      3,
      n0,
      _UWO,
      0,
      [_w],
      [() => Webhook$]
    ];
    var VpcConfig$ = [
      3,
      n0,
      _VC,
      0,
      [_vI, _su, _sGI],
      [0, 64 | 0, 64 | 0]
    ];
    var Webhook$ = [
      3,
      n0,
      _W,
      0,
      [_ur, _pU, _se, _bF, _fG, _bT, _mC, _lMS, _sCco, _st, _sM, _pRBP],
      [0, 0, 0, 0, () => FilterGroups, 0, 2, 4, () => ScopeConfiguration$, 0, 0, () => PullRequestBuildPolicy$]
    ];
    var WebhookFilter$ = [
      3,
      n0,
      _WF,
      0,
      [_t, _pat, _eMP],
      [0, 0, 2],
      2
    ];
    var BuildArtifactsList = [
      1,
      n0,
      _BAL,
      0,
      () => BuildArtifacts$
    ];
    var BuildBatches = [
      1,
      n0,
      _BBu,
      0,
      () => BuildBatch$
    ];
    var BuildBatchPhases = [
      1,
      n0,
      _BBPu,
      0,
      () => BuildBatchPhase$
    ];
    var BuildGroups = [
      1,
      n0,
      _BGu,
      0,
      () => BuildGroup$
    ];
    var BuildPhases = [
      1,
      n0,
      _BPu,
      0,
      () => BuildPhase$
    ];
    var Builds = [
      1,
      n0,
      _Bu,
      0,
      () => Build$
    ];
    var BuildsNotDeleted = [
      1,
      n0,
      _BNDu,
      0,
      () => BuildNotDeleted$
    ];
    var BuildSummaries = [
      1,
      n0,
      _BSu,
      0,
      () => BuildSummary$
    ];
    var CodeCoverages = [
      1,
      n0,
      _CCod,
      0,
      () => CodeCoverage$
    ];
    var CommandExecutions = [
      1,
      n0,
      _CEo,
      0,
      [
        () => CommandExecution$,
        0
      ]
    ];
    var EnvironmentImages = [
      1,
      n0,
      _EIn,
      0,
      () => EnvironmentImage$
    ];
    var EnvironmentLanguages = [
      1,
      n0,
      _ELn,
      0,
      () => EnvironmentLanguage$
    ];
    var EnvironmentPlatforms = [
      1,
      n0,
      _EPn,
      0,
      () => EnvironmentPlatform$
    ];
    var EnvironmentVariables = [
      1,
      n0,
      _EVn,
      0,
      () => EnvironmentVariable$
    ];
    var ExportedEnvironmentVariables = [
      1,
      n0,
      _EEVx,
      0,
      () => ExportedEnvironmentVariable$
    ];
    var FilterGroup = [
      1,
      n0,
      _FGi,
      0,
      () => WebhookFilter$
    ];
    var FilterGroups = [
      1,
      n0,
      _FG,
      0,
      () => FilterGroup
    ];
    var FleetProxyRules = [
      1,
      n0,
      _FPRl,
      0,
      () => FleetProxyRule$
    ];
    var Fleets = [
      1,
      n0,
      _Fl,
      0,
      () => Fleet$
    ];
    var PhaseContexts = [
      1,
      n0,
      _PCh,
      0,
      () => PhaseContext$
    ];
    var ProjectArtifactsList = [
      1,
      n0,
      _PAL,
      0,
      () => ProjectArtifacts$
    ];
    var ProjectFileSystemLocations = [
      1,
      n0,
      _PFSLr,
      0,
      () => ProjectFileSystemLocation$
    ];
    var Projects = [
      1,
      n0,
      _Pr,
      0,
      () => Project$
    ];
    var ProjectSecondarySourceVersions = [
      1,
      n0,
      _PSSV,
      0,
      () => ProjectSourceVersion$
    ];
    var ProjectSources = [
      1,
      n0,
      _PSr,
      0,
      () => ProjectSource$
    ];
    var ReportGroups = [
      1,
      n0,
      _RGe,
      0,
      () => ReportGroup$
    ];
    var ReportGroupTrendRawDataList = [
      1,
      n0,
      _RGTRDL,
      0,
      () => ReportWithRawData$
    ];
    var Reports = [
      1,
      n0,
      _Re,
      0,
      () => Report$
    ];
    var ResolvedSecondaryArtifacts = [
      1,
      n0,
      _RSA,
      0,
      () => ResolvedArtifact$
    ];
    var Sandboxes = [
      1,
      n0,
      _Sa,
      0,
      () => Sandbox$
    ];
    var SandboxSessionPhases = [
      1,
      n0,
      _SSPa,
      0,
      () => SandboxSessionPhase$
    ];
    var SourceCredentialsInfos = [
      1,
      n0,
      _SCIou,
      0,
      () => SourceCredentialsInfo$
    ];
    var TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    var TargetTrackingScalingConfigurations = [
      1,
      n0,
      _TTSCa,
      0,
      () => TargetTrackingScalingConfiguration$
    ];
    var TestCases = [
      1,
      n0,
      _TCe,
      0,
      () => TestCase$
    ];
    var BatchDeleteBuilds$ = [
      9,
      n0,
      _BDB,
      0,
      () => BatchDeleteBuildsInput$,
      () => BatchDeleteBuildsOutput$
    ];
    var BatchGetBuildBatches$ = [
      9,
      n0,
      _BGBB,
      0,
      () => BatchGetBuildBatchesInput$,
      () => BatchGetBuildBatchesOutput$
    ];
    var BatchGetBuilds$ = [
      9,
      n0,
      _BGB,
      0,
      () => BatchGetBuildsInput$,
      () => BatchGetBuildsOutput$
    ];
    var BatchGetCommandExecutions$ = [
      9,
      n0,
      _BGCE,
      0,
      () => BatchGetCommandExecutionsInput$,
      () => BatchGetCommandExecutionsOutput$
    ];
    var BatchGetFleets$ = [
      9,
      n0,
      _BGF,
      0,
      () => BatchGetFleetsInput$,
      () => BatchGetFleetsOutput$
    ];
    var BatchGetProjects$ = [
      9,
      n0,
      _BGP,
      0,
      () => BatchGetProjectsInput$,
      () => BatchGetProjectsOutput$
    ];
    var BatchGetReportGroups$ = [
      9,
      n0,
      _BGRG,
      0,
      () => BatchGetReportGroupsInput$,
      () => BatchGetReportGroupsOutput$
    ];
    var BatchGetReports$ = [
      9,
      n0,
      _BGR,
      0,
      () => BatchGetReportsInput$,
      () => BatchGetReportsOutput$
    ];
    var BatchGetSandboxes$ = [
      9,
      n0,
      _BGS,
      0,
      () => BatchGetSandboxesInput$,
      () => BatchGetSandboxesOutput$
    ];
    var CreateFleet$ = [
      9,
      n0,
      _CF,
      0,
      () => CreateFleetInput$,
      () => CreateFleetOutput$
    ];
    var CreateProject$ = [
      9,
      n0,
      _CP,
      0,
      () => CreateProjectInput$,
      () => CreateProjectOutput$
    ];
    var CreateReportGroup$ = [
      9,
      n0,
      _CRG,
      0,
      () => CreateReportGroupInput$,
      () => CreateReportGroupOutput$
    ];
    var CreateWebhook$ = [
      9,
      n0,
      _CW,
      0,
      () => CreateWebhookInput$,
      () => CreateWebhookOutput$
    ];
    var DeleteBuildBatch$ = [
      9,
      n0,
      _DBB,
      0,
      () => DeleteBuildBatchInput$,
      () => DeleteBuildBatchOutput$
    ];
    var DeleteFleet$ = [
      9,
      n0,
      _DF,
      0,
      () => DeleteFleetInput$,
      () => DeleteFleetOutput$
    ];
    var DeleteProject$ = [
      9,
      n0,
      _DP,
      0,
      () => DeleteProjectInput$,
      () => DeleteProjectOutput$
    ];
    var DeleteReport$ = [
      9,
      n0,
      _DR,
      0,
      () => DeleteReportInput$,
      () => DeleteReportOutput$
    ];
    var DeleteReportGroup$ = [
      9,
      n0,
      _DRG,
      0,
      () => DeleteReportGroupInput$,
      () => DeleteReportGroupOutput$
    ];
    var DeleteResourcePolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => DeleteResourcePolicyInput$,
      () => DeleteResourcePolicyOutput$
    ];
    var DeleteSourceCredentials$ = [
      9,
      n0,
      _DSC,
      0,
      () => DeleteSourceCredentialsInput$,
      () => DeleteSourceCredentialsOutput$
    ];
    var DeleteWebhook$ = [
      9,
      n0,
      _DW,
      0,
      () => DeleteWebhookInput$,
      () => DeleteWebhookOutput$
    ];
    var DescribeCodeCoverages$ = [
      9,
      n0,
      _DCC,
      0,
      () => DescribeCodeCoveragesInput$,
      () => DescribeCodeCoveragesOutput$
    ];
    var DescribeTestCases$ = [
      9,
      n0,
      _DTC,
      0,
      () => DescribeTestCasesInput$,
      () => DescribeTestCasesOutput$
    ];
    var GetReportGroupTrend$ = [
      9,
      n0,
      _GRGT,
      0,
      () => GetReportGroupTrendInput$,
      () => GetReportGroupTrendOutput$
    ];
    var GetResourcePolicy$ = [
      9,
      n0,
      _GRP,
      0,
      () => GetResourcePolicyInput$,
      () => GetResourcePolicyOutput$
    ];
    var ImportSourceCredentials$ = [
      9,
      n0,
      _ISC,
      0,
      () => ImportSourceCredentialsInput$,
      () => ImportSourceCredentialsOutput$
    ];
    var InvalidateProjectCache$ = [
      9,
      n0,
      _IPC,
      0,
      () => InvalidateProjectCacheInput$,
      () => InvalidateProjectCacheOutput$
    ];
    var ListBuildBatches$ = [
      9,
      n0,
      _LBB,
      0,
      () => ListBuildBatchesInput$,
      () => ListBuildBatchesOutput$
    ];
    var ListBuildBatchesForProject$ = [
      9,
      n0,
      _LBBFP,
      0,
      () => ListBuildBatchesForProjectInput$,
      () => ListBuildBatchesForProjectOutput$
    ];
    var ListBuilds$ = [
      9,
      n0,
      _LB,
      0,
      () => ListBuildsInput$,
      () => ListBuildsOutput$
    ];
    var ListBuildsForProject$ = [
      9,
      n0,
      _LBFP,
      0,
      () => ListBuildsForProjectInput$,
      () => ListBuildsForProjectOutput$
    ];
    var ListCommandExecutionsForSandbox$ = [
      9,
      n0,
      _LCEFS,
      0,
      () => ListCommandExecutionsForSandboxInput$,
      () => ListCommandExecutionsForSandboxOutput$
    ];
    var ListCuratedEnvironmentImages$ = [
      9,
      n0,
      _LCEI,
      0,
      () => ListCuratedEnvironmentImagesInput$,
      () => ListCuratedEnvironmentImagesOutput$
    ];
    var ListFleets$ = [
      9,
      n0,
      _LF,
      0,
      () => ListFleetsInput$,
      () => ListFleetsOutput$
    ];
    var ListProjects$ = [
      9,
      n0,
      _LP,
      0,
      () => ListProjectsInput$,
      () => ListProjectsOutput$
    ];
    var ListReportGroups$ = [
      9,
      n0,
      _LRG,
      0,
      () => ListReportGroupsInput$,
      () => ListReportGroupsOutput$
    ];
    var ListReports$ = [
      9,
      n0,
      _LR,
      0,
      () => ListReportsInput$,
      () => ListReportsOutput$
    ];
    var ListReportsForReportGroup$ = [
      9,
      n0,
      _LRFRG,
      0,
      () => ListReportsForReportGroupInput$,
      () => ListReportsForReportGroupOutput$
    ];
    var ListSandboxes$ = [
      9,
      n0,
      _LS,
      0,
      () => ListSandboxesInput$,
      () => ListSandboxesOutput$
    ];
    var ListSandboxesForProject$ = [
      9,
      n0,
      _LSFP,
      0,
      () => ListSandboxesForProjectInput$,
      () => ListSandboxesForProjectOutput$
    ];
    var ListSharedProjects$ = [
      9,
      n0,
      _LSP,
      0,
      () => ListSharedProjectsInput$,
      () => ListSharedProjectsOutput$
    ];
    var ListSharedReportGroups$ = [
      9,
      n0,
      _LSRG,
      0,
      () => ListSharedReportGroupsInput$,
      () => ListSharedReportGroupsOutput$
    ];
    var ListSourceCredentials$ = [
      9,
      n0,
      _LSC,
      0,
      () => ListSourceCredentialsInput$,
      () => ListSourceCredentialsOutput$
    ];
    var PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutResourcePolicyInput$,
      () => PutResourcePolicyOutput$
    ];
    var RetryBuild$ = [
      9,
      n0,
      _RB,
      0,
      () => RetryBuildInput$,
      () => RetryBuildOutput$
    ];
    var RetryBuildBatch$ = [
      9,
      n0,
      _RBB,
      0,
      () => RetryBuildBatchInput$,
      () => RetryBuildBatchOutput$
    ];
    var StartBuild$ = [
      9,
      n0,
      _SB,
      0,
      () => StartBuildInput$,
      () => StartBuildOutput$
    ];
    var StartBuildBatch$ = [
      9,
      n0,
      _SBB,
      0,
      () => StartBuildBatchInput$,
      () => StartBuildBatchOutput$
    ];
    var StartCommandExecution$ = [
      9,
      n0,
      _SCE,
      0,
      () => StartCommandExecutionInput$,
      () => StartCommandExecutionOutput$
    ];
    var StartSandbox$ = [
      9,
      n0,
      _SSt,
      0,
      () => StartSandboxInput$,
      () => StartSandboxOutput$
    ];
    var StartSandboxConnection$ = [
      9,
      n0,
      _SSC,
      0,
      () => StartSandboxConnectionInput$,
      () => StartSandboxConnectionOutput$
    ];
    var StopBuild$ = [
      9,
      n0,
      _SBt,
      0,
      () => StopBuildInput$,
      () => StopBuildOutput$
    ];
    var StopBuildBatch$ = [
      9,
      n0,
      _SBBt,
      0,
      () => StopBuildBatchInput$,
      () => StopBuildBatchOutput$
    ];
    var StopSandbox$ = [
      9,
      n0,
      _SSto,
      0,
      () => StopSandboxInput$,
      () => StopSandboxOutput$
    ];
    var UpdateFleet$ = [
      9,
      n0,
      _UF,
      0,
      () => UpdateFleetInput$,
      () => UpdateFleetOutput$
    ];
    var UpdateProject$ = [
      9,
      n0,
      _UP,
      0,
      () => UpdateProjectInput$,
      () => UpdateProjectOutput$
    ];
    var UpdateProjectVisibility$ = [
      9,
      n0,
      _UPV,
      0,
      () => UpdateProjectVisibilityInput$,
      () => UpdateProjectVisibilityOutput$
    ];
    var UpdateReportGroup$ = [
      9,
      n0,
      _URG,
      0,
      () => UpdateReportGroupInput$,
      () => UpdateReportGroupOutput$
    ];
    var UpdateWebhook$ = [
      9,
      n0,
      _UW,
      0,
      () => UpdateWebhookInput$,
      () => UpdateWebhookOutput$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2016-10-06",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCodeBuildHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.codebuild",
          errorTypeRegistries,
          version: "2016-10-06",
          serviceTarget: "CodeBuild_20161006"
        },
        serviceId: config?.serviceId ?? "CodeBuild",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var CodeBuildClient2 = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultCodeBuildHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "CodeBuild_20161006", "CodeBuildClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var BatchDeleteBuildsCommand = class extends command(_ep0, _mw0, "BatchDeleteBuilds", BatchDeleteBuilds$) {
    };
    var BatchGetBuildBatchesCommand = class extends command(_ep0, _mw0, "BatchGetBuildBatches", BatchGetBuildBatches$) {
    };
    var BatchGetBuildsCommand = class extends command(_ep0, _mw0, "BatchGetBuilds", BatchGetBuilds$) {
    };
    var BatchGetCommandExecutionsCommand = class extends command(_ep0, _mw0, "BatchGetCommandExecutions", BatchGetCommandExecutions$) {
    };
    var BatchGetFleetsCommand = class extends command(_ep0, _mw0, "BatchGetFleets", BatchGetFleets$) {
    };
    var BatchGetProjectsCommand2 = class extends command(_ep0, _mw0, "BatchGetProjects", BatchGetProjects$) {
    };
    var BatchGetReportGroupsCommand = class extends command(_ep0, _mw0, "BatchGetReportGroups", BatchGetReportGroups$) {
    };
    var BatchGetReportsCommand = class extends command(_ep0, _mw0, "BatchGetReports", BatchGetReports$) {
    };
    var BatchGetSandboxesCommand = class extends command(_ep0, _mw0, "BatchGetSandboxes", BatchGetSandboxes$) {
    };
    var CreateFleetCommand = class extends command(_ep0, _mw0, "CreateFleet", CreateFleet$) {
    };
    var CreateProjectCommand = class extends command(_ep0, _mw0, "CreateProject", CreateProject$) {
    };
    var CreateReportGroupCommand = class extends command(_ep0, _mw0, "CreateReportGroup", CreateReportGroup$) {
    };
    var CreateWebhookCommand = class extends command(_ep0, _mw0, "CreateWebhook", CreateWebhook$) {
    };
    var DeleteBuildBatchCommand = class extends command(_ep0, _mw0, "DeleteBuildBatch", DeleteBuildBatch$) {
    };
    var DeleteFleetCommand = class extends command(_ep0, _mw0, "DeleteFleet", DeleteFleet$) {
    };
    var DeleteProjectCommand = class extends command(_ep0, _mw0, "DeleteProject", DeleteProject$) {
    };
    var DeleteReportCommand = class extends command(_ep0, _mw0, "DeleteReport", DeleteReport$) {
    };
    var DeleteReportGroupCommand = class extends command(_ep0, _mw0, "DeleteReportGroup", DeleteReportGroup$) {
    };
    var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    };
    var DeleteSourceCredentialsCommand = class extends command(_ep0, _mw0, "DeleteSourceCredentials", DeleteSourceCredentials$) {
    };
    var DeleteWebhookCommand = class extends command(_ep0, _mw0, "DeleteWebhook", DeleteWebhook$) {
    };
    var DescribeCodeCoveragesCommand = class extends command(_ep0, _mw0, "DescribeCodeCoverages", DescribeCodeCoverages$) {
    };
    var DescribeTestCasesCommand = class extends command(_ep0, _mw0, "DescribeTestCases", DescribeTestCases$) {
    };
    var GetReportGroupTrendCommand = class extends command(_ep0, _mw0, "GetReportGroupTrend", GetReportGroupTrend$) {
    };
    var GetResourcePolicyCommand = class extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
    };
    var ImportSourceCredentialsCommand = class extends command(_ep0, _mw0, "ImportSourceCredentials", ImportSourceCredentials$) {
    };
    var InvalidateProjectCacheCommand = class extends command(_ep0, _mw0, "InvalidateProjectCache", InvalidateProjectCache$) {
    };
    var ListBuildBatchesCommand = class extends command(_ep0, _mw0, "ListBuildBatches", ListBuildBatches$) {
    };
    var ListBuildBatchesForProjectCommand = class extends command(_ep0, _mw0, "ListBuildBatchesForProject", ListBuildBatchesForProject$) {
    };
    var ListBuildsCommand = class extends command(_ep0, _mw0, "ListBuilds", ListBuilds$) {
    };
    var ListBuildsForProjectCommand = class extends command(_ep0, _mw0, "ListBuildsForProject", ListBuildsForProject$) {
    };
    var ListCommandExecutionsForSandboxCommand = class extends command(_ep0, _mw0, "ListCommandExecutionsForSandbox", ListCommandExecutionsForSandbox$) {
    };
    var ListCuratedEnvironmentImagesCommand = class extends command(_ep0, _mw0, "ListCuratedEnvironmentImages", ListCuratedEnvironmentImages$) {
    };
    var ListFleetsCommand = class extends command(_ep0, _mw0, "ListFleets", ListFleets$) {
    };
    var ListProjectsCommand = class extends command(_ep0, _mw0, "ListProjects", ListProjects$) {
    };
    var ListReportGroupsCommand = class extends command(_ep0, _mw0, "ListReportGroups", ListReportGroups$) {
    };
    var ListReportsCommand = class extends command(_ep0, _mw0, "ListReports", ListReports$) {
    };
    var ListReportsForReportGroupCommand = class extends command(_ep0, _mw0, "ListReportsForReportGroup", ListReportsForReportGroup$) {
    };
    var ListSandboxesCommand = class extends command(_ep0, _mw0, "ListSandboxes", ListSandboxes$) {
    };
    var ListSandboxesForProjectCommand = class extends command(_ep0, _mw0, "ListSandboxesForProject", ListSandboxesForProject$) {
    };
    var ListSharedProjectsCommand = class extends command(_ep0, _mw0, "ListSharedProjects", ListSharedProjects$) {
    };
    var ListSharedReportGroupsCommand = class extends command(_ep0, _mw0, "ListSharedReportGroups", ListSharedReportGroups$) {
    };
    var ListSourceCredentialsCommand = class extends command(_ep0, _mw0, "ListSourceCredentials", ListSourceCredentials$) {
    };
    var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    };
    var RetryBuildBatchCommand = class extends command(_ep0, _mw0, "RetryBuildBatch", RetryBuildBatch$) {
    };
    var RetryBuildCommand = class extends command(_ep0, _mw0, "RetryBuild", RetryBuild$) {
    };
    var StartBuildBatchCommand = class extends command(_ep0, _mw0, "StartBuildBatch", StartBuildBatch$) {
    };
    var StartBuildCommand = class extends command(_ep0, _mw0, "StartBuild", StartBuild$) {
    };
    var StartCommandExecutionCommand = class extends command(_ep0, _mw0, "StartCommandExecution", StartCommandExecution$) {
    };
    var StartSandboxCommand = class extends command(_ep0, _mw0, "StartSandbox", StartSandbox$) {
    };
    var StartSandboxConnectionCommand = class extends command(_ep0, _mw0, "StartSandboxConnection", StartSandboxConnection$) {
    };
    var StopBuildBatchCommand = class extends command(_ep0, _mw0, "StopBuildBatch", StopBuildBatch$) {
    };
    var StopBuildCommand = class extends command(_ep0, _mw0, "StopBuild", StopBuild$) {
    };
    var StopSandboxCommand = class extends command(_ep0, _mw0, "StopSandbox", StopSandbox$) {
    };
    var UpdateFleetCommand = class extends command(_ep0, _mw0, "UpdateFleet", UpdateFleet$) {
    };
    var UpdateProjectCommand = class extends command(_ep0, _mw0, "UpdateProject", UpdateProject$) {
    };
    var UpdateProjectVisibilityCommand = class extends command(_ep0, _mw0, "UpdateProjectVisibility", UpdateProjectVisibility$) {
    };
    var UpdateReportGroupCommand = class extends command(_ep0, _mw0, "UpdateReportGroup", UpdateReportGroup$) {
    };
    var UpdateWebhookCommand = class extends command(_ep0, _mw0, "UpdateWebhook", UpdateWebhook$) {
    };
    var paginateDescribeCodeCoverages = createPaginator(CodeBuildClient2, DescribeCodeCoveragesCommand, "nextToken", "nextToken", "maxResults");
    var paginateDescribeTestCases = createPaginator(CodeBuildClient2, DescribeTestCasesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListBuildBatchesForProject = createPaginator(CodeBuildClient2, ListBuildBatchesForProjectCommand, "nextToken", "nextToken", "maxResults");
    var paginateListBuildBatches = createPaginator(CodeBuildClient2, ListBuildBatchesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListBuildsForProject = createPaginator(CodeBuildClient2, ListBuildsForProjectCommand, "nextToken", "nextToken", "");
    var paginateListBuilds = createPaginator(CodeBuildClient2, ListBuildsCommand, "nextToken", "nextToken", "");
    var paginateListCommandExecutionsForSandbox = createPaginator(CodeBuildClient2, ListCommandExecutionsForSandboxCommand, "nextToken", "nextToken", "maxResults");
    var paginateListFleets = createPaginator(CodeBuildClient2, ListFleetsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListProjects2 = createPaginator(CodeBuildClient2, ListProjectsCommand, "nextToken", "nextToken", "");
    var paginateListReportGroups = createPaginator(CodeBuildClient2, ListReportGroupsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListReportsForReportGroup = createPaginator(CodeBuildClient2, ListReportsForReportGroupCommand, "nextToken", "nextToken", "maxResults");
    var paginateListReports = createPaginator(CodeBuildClient2, ListReportsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListSandboxesForProject = createPaginator(CodeBuildClient2, ListSandboxesForProjectCommand, "nextToken", "nextToken", "maxResults");
    var paginateListSandboxes = createPaginator(CodeBuildClient2, ListSandboxesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListSharedProjects = createPaginator(CodeBuildClient2, ListSharedProjectsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListSharedReportGroups = createPaginator(CodeBuildClient2, ListSharedReportGroupsCommand, "nextToken", "nextToken", "maxResults");
    var commands = {
      BatchDeleteBuildsCommand,
      BatchGetBuildBatchesCommand,
      BatchGetBuildsCommand,
      BatchGetCommandExecutionsCommand,
      BatchGetFleetsCommand,
      BatchGetProjectsCommand: BatchGetProjectsCommand2,
      BatchGetReportGroupsCommand,
      BatchGetReportsCommand,
      BatchGetSandboxesCommand,
      CreateFleetCommand,
      CreateProjectCommand,
      CreateReportGroupCommand,
      CreateWebhookCommand,
      DeleteBuildBatchCommand,
      DeleteFleetCommand,
      DeleteProjectCommand,
      DeleteReportCommand,
      DeleteReportGroupCommand,
      DeleteResourcePolicyCommand,
      DeleteSourceCredentialsCommand,
      DeleteWebhookCommand,
      DescribeCodeCoveragesCommand,
      DescribeTestCasesCommand,
      GetReportGroupTrendCommand,
      GetResourcePolicyCommand,
      ImportSourceCredentialsCommand,
      InvalidateProjectCacheCommand,
      ListBuildBatchesCommand,
      ListBuildBatchesForProjectCommand,
      ListBuildsCommand,
      ListBuildsForProjectCommand,
      ListCommandExecutionsForSandboxCommand,
      ListCuratedEnvironmentImagesCommand,
      ListFleetsCommand,
      ListProjectsCommand,
      ListReportGroupsCommand,
      ListReportsCommand,
      ListReportsForReportGroupCommand,
      ListSandboxesCommand,
      ListSandboxesForProjectCommand,
      ListSharedProjectsCommand,
      ListSharedReportGroupsCommand,
      ListSourceCredentialsCommand,
      PutResourcePolicyCommand,
      RetryBuildCommand,
      RetryBuildBatchCommand,
      StartBuildCommand,
      StartBuildBatchCommand,
      StartCommandExecutionCommand,
      StartSandboxCommand,
      StartSandboxConnectionCommand,
      StopBuildCommand,
      StopBuildBatchCommand,
      StopSandboxCommand,
      UpdateFleetCommand,
      UpdateProjectCommand,
      UpdateProjectVisibilityCommand,
      UpdateReportGroupCommand,
      UpdateWebhookCommand
    };
    var paginators = {
      paginateDescribeCodeCoverages,
      paginateDescribeTestCases,
      paginateListBuildBatches,
      paginateListBuildBatchesForProject,
      paginateListBuilds,
      paginateListBuildsForProject,
      paginateListCommandExecutionsForSandbox,
      paginateListFleets,
      paginateListProjects: paginateListProjects2,
      paginateListReportGroups,
      paginateListReports,
      paginateListReportsForReportGroup,
      paginateListSandboxes,
      paginateListSandboxesForProject,
      paginateListSharedProjects,
      paginateListSharedReportGroups
    };
    var CodeBuild = class extends CodeBuildClient2 {
    };
    createAggregatedClient(commands, CodeBuild, { paginators });
    var ArtifactNamespace = {
      BUILD_ID: "BUILD_ID",
      NONE: "NONE"
    };
    var ArtifactPackaging = {
      NONE: "NONE",
      ZIP: "ZIP"
    };
    var ArtifactsType = {
      CODEPIPELINE: "CODEPIPELINE",
      NO_ARTIFACTS: "NO_ARTIFACTS",
      S3: "S3"
    };
    var AuthType = {
      BASIC_AUTH: "BASIC_AUTH",
      CODECONNECTIONS: "CODECONNECTIONS",
      OAUTH: "OAUTH",
      PERSONAL_ACCESS_TOKEN: "PERSONAL_ACCESS_TOKEN",
      SECRETS_MANAGER: "SECRETS_MANAGER"
    };
    var BucketOwnerAccess = {
      FULL: "FULL",
      NONE: "NONE",
      READ_ONLY: "READ_ONLY"
    };
    var BatchReportModeType = {
      REPORT_AGGREGATED_BATCH: "REPORT_AGGREGATED_BATCH",
      REPORT_INDIVIDUAL_BUILDS: "REPORT_INDIVIDUAL_BUILDS"
    };
    var StatusType = {
      FAILED: "FAILED",
      FAULT: "FAULT",
      IN_PROGRESS: "IN_PROGRESS",
      STOPPED: "STOPPED",
      SUCCEEDED: "SUCCEEDED",
      TIMED_OUT: "TIMED_OUT"
    };
    var CacheMode = {
      LOCAL_CUSTOM_CACHE: "LOCAL_CUSTOM_CACHE",
      LOCAL_DOCKER_LAYER_CACHE: "LOCAL_DOCKER_LAYER_CACHE",
      LOCAL_SOURCE_CACHE: "LOCAL_SOURCE_CACHE"
    };
    var CacheType = {
      LOCAL: "LOCAL",
      NO_CACHE: "NO_CACHE",
      S3: "S3"
    };
    var MachineType = {
      GENERAL: "GENERAL",
      NVME: "NVME"
    };
    var ComputeType = {
      ATTRIBUTE_BASED_COMPUTE: "ATTRIBUTE_BASED_COMPUTE",
      BUILD_GENERAL1_2XLARGE: "BUILD_GENERAL1_2XLARGE",
      BUILD_GENERAL1_LARGE: "BUILD_GENERAL1_LARGE",
      BUILD_GENERAL1_MEDIUM: "BUILD_GENERAL1_MEDIUM",
      BUILD_GENERAL1_SMALL: "BUILD_GENERAL1_SMALL",
      BUILD_GENERAL1_XLARGE: "BUILD_GENERAL1_XLARGE",
      BUILD_LAMBDA_10GB: "BUILD_LAMBDA_10GB",
      BUILD_LAMBDA_1GB: "BUILD_LAMBDA_1GB",
      BUILD_LAMBDA_2GB: "BUILD_LAMBDA_2GB",
      BUILD_LAMBDA_4GB: "BUILD_LAMBDA_4GB",
      BUILD_LAMBDA_8GB: "BUILD_LAMBDA_8GB",
      CUSTOM_INSTANCE_TYPE: "CUSTOM_INSTANCE_TYPE"
    };
    var EnvironmentVariableType = {
      PARAMETER_STORE: "PARAMETER_STORE",
      PLAINTEXT: "PLAINTEXT",
      SECRETS_MANAGER: "SECRETS_MANAGER"
    };
    var HostKernel = {
      LINUX_KERNEL_4: "LINUX_KERNEL_4",
      LINUX_KERNEL_6: "LINUX_KERNEL_6",
      LINUX_KERNEL_LATEST: "LINUX_KERNEL_LATEST"
    };
    var ImagePullCredentialsType = {
      CODEBUILD: "CODEBUILD",
      SERVICE_ROLE: "SERVICE_ROLE"
    };
    var CredentialProviderType = {
      SECRETS_MANAGER: "SECRETS_MANAGER"
    };
    var EnvironmentType = {
      ARM_CONTAINER: "ARM_CONTAINER",
      ARM_EC2: "ARM_EC2",
      ARM_LAMBDA_CONTAINER: "ARM_LAMBDA_CONTAINER",
      LINUX_CONTAINER: "LINUX_CONTAINER",
      LINUX_EC2: "LINUX_EC2",
      LINUX_GPU_CONTAINER: "LINUX_GPU_CONTAINER",
      LINUX_LAMBDA_CONTAINER: "LINUX_LAMBDA_CONTAINER",
      MAC_ARM: "MAC_ARM",
      WINDOWS_CONTAINER: "WINDOWS_CONTAINER",
      WINDOWS_EC2: "WINDOWS_EC2",
      WINDOWS_SERVER_2019_CONTAINER: "WINDOWS_SERVER_2019_CONTAINER",
      WINDOWS_SERVER_2022_CONTAINER: "WINDOWS_SERVER_2022_CONTAINER"
    };
    var FileSystemType = {
      EFS: "EFS"
    };
    var LogsConfigStatusType = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var BuildBatchPhaseType = {
      COMBINE_ARTIFACTS: "COMBINE_ARTIFACTS",
      DOWNLOAD_BATCHSPEC: "DOWNLOAD_BATCHSPEC",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      STOPPED: "STOPPED",
      SUBMITTED: "SUBMITTED",
      SUCCEEDED: "SUCCEEDED"
    };
    var SourceAuthType = {
      CODECONNECTIONS: "CODECONNECTIONS",
      OAUTH: "OAUTH",
      SECRETS_MANAGER: "SECRETS_MANAGER"
    };
    var SourceType = {
      BITBUCKET: "BITBUCKET",
      CODECOMMIT: "CODECOMMIT",
      CODEPIPELINE: "CODEPIPELINE",
      GITHUB: "GITHUB",
      GITHUB_ENTERPRISE: "GITHUB_ENTERPRISE",
      GITLAB: "GITLAB",
      GITLAB_SELF_MANAGED: "GITLAB_SELF_MANAGED",
      NO_SOURCE: "NO_SOURCE",
      S3: "S3"
    };
    var BuildPhaseType = {
      BUILD: "BUILD",
      COMPLETED: "COMPLETED",
      DOWNLOAD_SOURCE: "DOWNLOAD_SOURCE",
      FINALIZING: "FINALIZING",
      INSTALL: "INSTALL",
      POST_BUILD: "POST_BUILD",
      PRE_BUILD: "PRE_BUILD",
      PROVISIONING: "PROVISIONING",
      QUEUED: "QUEUED",
      SUBMITTED: "SUBMITTED",
      UPLOAD_ARTIFACTS: "UPLOAD_ARTIFACTS"
    };
    var CommandType = {
      SHELL: "SHELL"
    };
    var FleetOverflowBehavior = {
      ON_DEMAND: "ON_DEMAND",
      QUEUE: "QUEUE"
    };
    var FleetProxyRuleBehavior = {
      ALLOW_ALL: "ALLOW_ALL",
      DENY_ALL: "DENY_ALL"
    };
    var FleetProxyRuleEffectType = {
      ALLOW: "ALLOW",
      DENY: "DENY"
    };
    var FleetProxyRuleType = {
      DOMAIN: "DOMAIN",
      IP: "IP"
    };
    var FleetScalingType = {
      TARGET_TRACKING_SCALING: "TARGET_TRACKING_SCALING"
    };
    var FleetScalingMetricType = {
      FLEET_UTILIZATION_RATE: "FLEET_UTILIZATION_RATE"
    };
    var FleetContextCode = {
      ACTION_REQUIRED: "ACTION_REQUIRED",
      CREATE_FAILED: "CREATE_FAILED",
      INSUFFICIENT_CAPACITY: "INSUFFICIENT_CAPACITY",
      PENDING_DELETION: "PENDING_DELETION",
      UPDATE_FAILED: "UPDATE_FAILED"
    };
    var FleetStatusCode = {
      ACTIVE: "ACTIVE",
      CREATE_FAILED: "CREATE_FAILED",
      CREATING: "CREATING",
      DELETING: "DELETING",
      PENDING_DELETION: "PENDING_DELETION",
      ROTATING: "ROTATING",
      UPDATE_ROLLBACK_FAILED: "UPDATE_ROLLBACK_FAILED",
      UPDATING: "UPDATING"
    };
    var ProjectVisibilityType = {
      PRIVATE: "PRIVATE",
      PUBLIC_READ: "PUBLIC_READ"
    };
    var WebhookBuildType = {
      BUILD: "BUILD",
      BUILD_BATCH: "BUILD_BATCH",
      RUNNER_BUILDKITE_BUILD: "RUNNER_BUILDKITE_BUILD"
    };
    var WebhookFilterType = {
      ACTOR_ACCOUNT_ID: "ACTOR_ACCOUNT_ID",
      BASE_REF: "BASE_REF",
      COMMIT_MESSAGE: "COMMIT_MESSAGE",
      EVENT: "EVENT",
      FILE_PATH: "FILE_PATH",
      HEAD_REF: "HEAD_REF",
      ORGANIZATION_NAME: "ORGANIZATION_NAME",
      RELEASE_NAME: "RELEASE_NAME",
      REPOSITORY_NAME: "REPOSITORY_NAME",
      TAG_NAME: "TAG_NAME",
      WORKFLOW_NAME: "WORKFLOW_NAME"
    };
    var PullRequestBuildApproverRole = {
      BITBUCKET_ADMIN: "BITBUCKET_ADMIN",
      BITBUCKET_READ: "BITBUCKET_READ",
      BITBUCKET_WRITE: "BITBUCKET_WRITE",
      GITHUB_ADMIN: "GITHUB_ADMIN",
      GITHUB_MAINTAIN: "GITHUB_MAINTAIN",
      GITHUB_READ: "GITHUB_READ",
      GITHUB_TRIAGE: "GITHUB_TRIAGE",
      GITHUB_WRITE: "GITHUB_WRITE",
      GITLAB_DEVELOPER: "GITLAB_DEVELOPER",
      GITLAB_GUEST: "GITLAB_GUEST",
      GITLAB_MAINTAINER: "GITLAB_MAINTAINER",
      GITLAB_OWNER: "GITLAB_OWNER",
      GITLAB_PLANNER: "GITLAB_PLANNER",
      GITLAB_REPORTER: "GITLAB_REPORTER"
    };
    var PullRequestBuildCommentApproval = {
      ALL_PULL_REQUESTS: "ALL_PULL_REQUESTS",
      DISABLED: "DISABLED",
      FORK_PULL_REQUESTS: "FORK_PULL_REQUESTS"
    };
    var WebhookScopeType = {
      GITHUB_GLOBAL: "GITHUB_GLOBAL",
      GITHUB_ORGANIZATION: "GITHUB_ORGANIZATION",
      GITLAB_GROUP: "GITLAB_GROUP"
    };
    var WebhookStatus = {
      ACTIVE: "ACTIVE",
      CREATE_FAILED: "CREATE_FAILED",
      CREATING: "CREATING",
      DELETING: "DELETING"
    };
    var ReportExportConfigType = {
      NO_EXPORT: "NO_EXPORT",
      S3: "S3"
    };
    var ReportPackagingType = {
      NONE: "NONE",
      ZIP: "ZIP"
    };
    var ReportGroupStatusType = {
      ACTIVE: "ACTIVE",
      DELETING: "DELETING"
    };
    var ReportType = {
      CODE_COVERAGE: "CODE_COVERAGE",
      TEST: "TEST"
    };
    var ReportStatusType = {
      DELETING: "DELETING",
      FAILED: "FAILED",
      GENERATING: "GENERATING",
      INCOMPLETE: "INCOMPLETE",
      SUCCEEDED: "SUCCEEDED"
    };
    var ReportCodeCoverageSortByType = {
      FILE_PATH: "FILE_PATH",
      LINE_COVERAGE_PERCENTAGE: "LINE_COVERAGE_PERCENTAGE"
    };
    var SortOrderType = {
      ASCENDING: "ASCENDING",
      DESCENDING: "DESCENDING"
    };
    var ReportGroupTrendFieldType = {
      BRANCHES_COVERED: "BRANCHES_COVERED",
      BRANCHES_MISSED: "BRANCHES_MISSED",
      BRANCH_COVERAGE: "BRANCH_COVERAGE",
      DURATION: "DURATION",
      LINES_COVERED: "LINES_COVERED",
      LINES_MISSED: "LINES_MISSED",
      LINE_COVERAGE: "LINE_COVERAGE",
      PASS_RATE: "PASS_RATE",
      TOTAL: "TOTAL"
    };
    var ServerType = {
      BITBUCKET: "BITBUCKET",
      GITHUB: "GITHUB",
      GITHUB_ENTERPRISE: "GITHUB_ENTERPRISE",
      GITLAB: "GITLAB",
      GITLAB_SELF_MANAGED: "GITLAB_SELF_MANAGED"
    };
    var LanguageType = {
      ANDROID: "ANDROID",
      BASE: "BASE",
      DOCKER: "DOCKER",
      DOTNET: "DOTNET",
      GOLANG: "GOLANG",
      JAVA: "JAVA",
      NODE_JS: "NODE_JS",
      PHP: "PHP",
      PYTHON: "PYTHON",
      RUBY: "RUBY"
    };
    var PlatformType = {
      AMAZON_LINUX: "AMAZON_LINUX",
      DEBIAN: "DEBIAN",
      UBUNTU: "UBUNTU",
      WINDOWS_SERVER: "WINDOWS_SERVER"
    };
    var FleetSortByType = {
      CREATED_TIME: "CREATED_TIME",
      LAST_MODIFIED_TIME: "LAST_MODIFIED_TIME",
      NAME: "NAME"
    };
    var ProjectSortByType = {
      CREATED_TIME: "CREATED_TIME",
      LAST_MODIFIED_TIME: "LAST_MODIFIED_TIME",
      NAME: "NAME"
    };
    var ReportGroupSortByType = {
      CREATED_TIME: "CREATED_TIME",
      LAST_MODIFIED_TIME: "LAST_MODIFIED_TIME",
      NAME: "NAME"
    };
    var SharedResourceSortByType = {
      ARN: "ARN",
      MODIFIED_TIME: "MODIFIED_TIME"
    };
    var RetryBuildBatchType = {
      RETRY_ALL_BUILDS: "RETRY_ALL_BUILDS",
      RETRY_FAILED_BUILDS: "RETRY_FAILED_BUILDS"
    };
    exports.AccountLimitExceededException = AccountLimitExceededException;
    exports.AccountLimitExceededException$ = AccountLimitExceededException$;
    exports.AccountSuspendedException = AccountSuspendedException;
    exports.AccountSuspendedException$ = AccountSuspendedException$;
    exports.ArtifactNamespace = ArtifactNamespace;
    exports.ArtifactPackaging = ArtifactPackaging;
    exports.ArtifactsType = ArtifactsType;
    exports.AuthType = AuthType;
    exports.AutoRetryConfig$ = AutoRetryConfig$;
    exports.BatchDeleteBuilds$ = BatchDeleteBuilds$;
    exports.BatchDeleteBuildsCommand = BatchDeleteBuildsCommand;
    exports.BatchDeleteBuildsInput$ = BatchDeleteBuildsInput$;
    exports.BatchDeleteBuildsOutput$ = BatchDeleteBuildsOutput$;
    exports.BatchGetBuildBatches$ = BatchGetBuildBatches$;
    exports.BatchGetBuildBatchesCommand = BatchGetBuildBatchesCommand;
    exports.BatchGetBuildBatchesInput$ = BatchGetBuildBatchesInput$;
    exports.BatchGetBuildBatchesOutput$ = BatchGetBuildBatchesOutput$;
    exports.BatchGetBuilds$ = BatchGetBuilds$;
    exports.BatchGetBuildsCommand = BatchGetBuildsCommand;
    exports.BatchGetBuildsInput$ = BatchGetBuildsInput$;
    exports.BatchGetBuildsOutput$ = BatchGetBuildsOutput$;
    exports.BatchGetCommandExecutions$ = BatchGetCommandExecutions$;
    exports.BatchGetCommandExecutionsCommand = BatchGetCommandExecutionsCommand;
    exports.BatchGetCommandExecutionsInput$ = BatchGetCommandExecutionsInput$;
    exports.BatchGetCommandExecutionsOutput$ = BatchGetCommandExecutionsOutput$;
    exports.BatchGetFleets$ = BatchGetFleets$;
    exports.BatchGetFleetsCommand = BatchGetFleetsCommand;
    exports.BatchGetFleetsInput$ = BatchGetFleetsInput$;
    exports.BatchGetFleetsOutput$ = BatchGetFleetsOutput$;
    exports.BatchGetProjects$ = BatchGetProjects$;
    exports.BatchGetProjectsCommand = BatchGetProjectsCommand2;
    exports.BatchGetProjectsInput$ = BatchGetProjectsInput$;
    exports.BatchGetProjectsOutput$ = BatchGetProjectsOutput$;
    exports.BatchGetReportGroups$ = BatchGetReportGroups$;
    exports.BatchGetReportGroupsCommand = BatchGetReportGroupsCommand;
    exports.BatchGetReportGroupsInput$ = BatchGetReportGroupsInput$;
    exports.BatchGetReportGroupsOutput$ = BatchGetReportGroupsOutput$;
    exports.BatchGetReports$ = BatchGetReports$;
    exports.BatchGetReportsCommand = BatchGetReportsCommand;
    exports.BatchGetReportsInput$ = BatchGetReportsInput$;
    exports.BatchGetReportsOutput$ = BatchGetReportsOutput$;
    exports.BatchGetSandboxes$ = BatchGetSandboxes$;
    exports.BatchGetSandboxesCommand = BatchGetSandboxesCommand;
    exports.BatchGetSandboxesInput$ = BatchGetSandboxesInput$;
    exports.BatchGetSandboxesOutput$ = BatchGetSandboxesOutput$;
    exports.BatchReportModeType = BatchReportModeType;
    exports.BatchRestrictions$ = BatchRestrictions$;
    exports.BucketOwnerAccess = BucketOwnerAccess;
    exports.Build$ = Build$;
    exports.BuildArtifacts$ = BuildArtifacts$;
    exports.BuildBatch$ = BuildBatch$;
    exports.BuildBatchFilter$ = BuildBatchFilter$;
    exports.BuildBatchPhase$ = BuildBatchPhase$;
    exports.BuildBatchPhaseType = BuildBatchPhaseType;
    exports.BuildGroup$ = BuildGroup$;
    exports.BuildNotDeleted$ = BuildNotDeleted$;
    exports.BuildPhase$ = BuildPhase$;
    exports.BuildPhaseType = BuildPhaseType;
    exports.BuildStatusConfig$ = BuildStatusConfig$;
    exports.BuildSummary$ = BuildSummary$;
    exports.CacheMode = CacheMode;
    exports.CacheType = CacheType;
    exports.CloudWatchLogsConfig$ = CloudWatchLogsConfig$;
    exports.CodeBuild = CodeBuild;
    exports.CodeBuildClient = CodeBuildClient2;
    exports.CodeBuildServiceException = CodeBuildServiceException;
    exports.CodeBuildServiceException$ = CodeBuildServiceException$;
    exports.CodeCoverage$ = CodeCoverage$;
    exports.CodeCoverageReportSummary$ = CodeCoverageReportSummary$;
    exports.CommandExecution$ = CommandExecution$;
    exports.CommandType = CommandType;
    exports.ComputeConfiguration$ = ComputeConfiguration$;
    exports.ComputeType = ComputeType;
    exports.CreateFleet$ = CreateFleet$;
    exports.CreateFleetCommand = CreateFleetCommand;
    exports.CreateFleetInput$ = CreateFleetInput$;
    exports.CreateFleetOutput$ = CreateFleetOutput$;
    exports.CreateProject$ = CreateProject$;
    exports.CreateProjectCommand = CreateProjectCommand;
    exports.CreateProjectInput$ = CreateProjectInput$;
    exports.CreateProjectOutput$ = CreateProjectOutput$;
    exports.CreateReportGroup$ = CreateReportGroup$;
    exports.CreateReportGroupCommand = CreateReportGroupCommand;
    exports.CreateReportGroupInput$ = CreateReportGroupInput$;
    exports.CreateReportGroupOutput$ = CreateReportGroupOutput$;
    exports.CreateWebhook$ = CreateWebhook$;
    exports.CreateWebhookCommand = CreateWebhookCommand;
    exports.CreateWebhookInput$ = CreateWebhookInput$;
    exports.CreateWebhookOutput$ = CreateWebhookOutput$;
    exports.CredentialProviderType = CredentialProviderType;
    exports.DebugSession$ = DebugSession$;
    exports.DeleteBuildBatch$ = DeleteBuildBatch$;
    exports.DeleteBuildBatchCommand = DeleteBuildBatchCommand;
    exports.DeleteBuildBatchInput$ = DeleteBuildBatchInput$;
    exports.DeleteBuildBatchOutput$ = DeleteBuildBatchOutput$;
    exports.DeleteFleet$ = DeleteFleet$;
    exports.DeleteFleetCommand = DeleteFleetCommand;
    exports.DeleteFleetInput$ = DeleteFleetInput$;
    exports.DeleteFleetOutput$ = DeleteFleetOutput$;
    exports.DeleteProject$ = DeleteProject$;
    exports.DeleteProjectCommand = DeleteProjectCommand;
    exports.DeleteProjectInput$ = DeleteProjectInput$;
    exports.DeleteProjectOutput$ = DeleteProjectOutput$;
    exports.DeleteReport$ = DeleteReport$;
    exports.DeleteReportCommand = DeleteReportCommand;
    exports.DeleteReportGroup$ = DeleteReportGroup$;
    exports.DeleteReportGroupCommand = DeleteReportGroupCommand;
    exports.DeleteReportGroupInput$ = DeleteReportGroupInput$;
    exports.DeleteReportGroupOutput$ = DeleteReportGroupOutput$;
    exports.DeleteReportInput$ = DeleteReportInput$;
    exports.DeleteReportOutput$ = DeleteReportOutput$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeleteResourcePolicyInput$ = DeleteResourcePolicyInput$;
    exports.DeleteResourcePolicyOutput$ = DeleteResourcePolicyOutput$;
    exports.DeleteSourceCredentials$ = DeleteSourceCredentials$;
    exports.DeleteSourceCredentialsCommand = DeleteSourceCredentialsCommand;
    exports.DeleteSourceCredentialsInput$ = DeleteSourceCredentialsInput$;
    exports.DeleteSourceCredentialsOutput$ = DeleteSourceCredentialsOutput$;
    exports.DeleteWebhook$ = DeleteWebhook$;
    exports.DeleteWebhookCommand = DeleteWebhookCommand;
    exports.DeleteWebhookInput$ = DeleteWebhookInput$;
    exports.DeleteWebhookOutput$ = DeleteWebhookOutput$;
    exports.DescribeCodeCoverages$ = DescribeCodeCoverages$;
    exports.DescribeCodeCoveragesCommand = DescribeCodeCoveragesCommand;
    exports.DescribeCodeCoveragesInput$ = DescribeCodeCoveragesInput$;
    exports.DescribeCodeCoveragesOutput$ = DescribeCodeCoveragesOutput$;
    exports.DescribeTestCases$ = DescribeTestCases$;
    exports.DescribeTestCasesCommand = DescribeTestCasesCommand;
    exports.DescribeTestCasesInput$ = DescribeTestCasesInput$;
    exports.DescribeTestCasesOutput$ = DescribeTestCasesOutput$;
    exports.DockerServer$ = DockerServer$;
    exports.DockerServerStatus$ = DockerServerStatus$;
    exports.EnvironmentImage$ = EnvironmentImage$;
    exports.EnvironmentLanguage$ = EnvironmentLanguage$;
    exports.EnvironmentPlatform$ = EnvironmentPlatform$;
    exports.EnvironmentType = EnvironmentType;
    exports.EnvironmentVariable$ = EnvironmentVariable$;
    exports.EnvironmentVariableType = EnvironmentVariableType;
    exports.ExportedEnvironmentVariable$ = ExportedEnvironmentVariable$;
    exports.FileSystemType = FileSystemType;
    exports.Fleet$ = Fleet$;
    exports.FleetContextCode = FleetContextCode;
    exports.FleetOverflowBehavior = FleetOverflowBehavior;
    exports.FleetProxyRule$ = FleetProxyRule$;
    exports.FleetProxyRuleBehavior = FleetProxyRuleBehavior;
    exports.FleetProxyRuleEffectType = FleetProxyRuleEffectType;
    exports.FleetProxyRuleType = FleetProxyRuleType;
    exports.FleetScalingMetricType = FleetScalingMetricType;
    exports.FleetScalingType = FleetScalingType;
    exports.FleetSortByType = FleetSortByType;
    exports.FleetStatus$ = FleetStatus$;
    exports.FleetStatusCode = FleetStatusCode;
    exports.GetReportGroupTrend$ = GetReportGroupTrend$;
    exports.GetReportGroupTrendCommand = GetReportGroupTrendCommand;
    exports.GetReportGroupTrendInput$ = GetReportGroupTrendInput$;
    exports.GetReportGroupTrendOutput$ = GetReportGroupTrendOutput$;
    exports.GetResourcePolicy$ = GetResourcePolicy$;
    exports.GetResourcePolicyCommand = GetResourcePolicyCommand;
    exports.GetResourcePolicyInput$ = GetResourcePolicyInput$;
    exports.GetResourcePolicyOutput$ = GetResourcePolicyOutput$;
    exports.GitSubmodulesConfig$ = GitSubmodulesConfig$;
    exports.HostKernel = HostKernel;
    exports.ImagePullCredentialsType = ImagePullCredentialsType;
    exports.ImportSourceCredentials$ = ImportSourceCredentials$;
    exports.ImportSourceCredentialsCommand = ImportSourceCredentialsCommand;
    exports.ImportSourceCredentialsInput$ = ImportSourceCredentialsInput$;
    exports.ImportSourceCredentialsOutput$ = ImportSourceCredentialsOutput$;
    exports.InvalidInputException = InvalidInputException;
    exports.InvalidInputException$ = InvalidInputException$;
    exports.InvalidateProjectCache$ = InvalidateProjectCache$;
    exports.InvalidateProjectCacheCommand = InvalidateProjectCacheCommand;
    exports.InvalidateProjectCacheInput$ = InvalidateProjectCacheInput$;
    exports.InvalidateProjectCacheOutput$ = InvalidateProjectCacheOutput$;
    exports.LanguageType = LanguageType;
    exports.ListBuildBatches$ = ListBuildBatches$;
    exports.ListBuildBatchesCommand = ListBuildBatchesCommand;
    exports.ListBuildBatchesForProject$ = ListBuildBatchesForProject$;
    exports.ListBuildBatchesForProjectCommand = ListBuildBatchesForProjectCommand;
    exports.ListBuildBatchesForProjectInput$ = ListBuildBatchesForProjectInput$;
    exports.ListBuildBatchesForProjectOutput$ = ListBuildBatchesForProjectOutput$;
    exports.ListBuildBatchesInput$ = ListBuildBatchesInput$;
    exports.ListBuildBatchesOutput$ = ListBuildBatchesOutput$;
    exports.ListBuilds$ = ListBuilds$;
    exports.ListBuildsCommand = ListBuildsCommand;
    exports.ListBuildsForProject$ = ListBuildsForProject$;
    exports.ListBuildsForProjectCommand = ListBuildsForProjectCommand;
    exports.ListBuildsForProjectInput$ = ListBuildsForProjectInput$;
    exports.ListBuildsForProjectOutput$ = ListBuildsForProjectOutput$;
    exports.ListBuildsInput$ = ListBuildsInput$;
    exports.ListBuildsOutput$ = ListBuildsOutput$;
    exports.ListCommandExecutionsForSandbox$ = ListCommandExecutionsForSandbox$;
    exports.ListCommandExecutionsForSandboxCommand = ListCommandExecutionsForSandboxCommand;
    exports.ListCommandExecutionsForSandboxInput$ = ListCommandExecutionsForSandboxInput$;
    exports.ListCommandExecutionsForSandboxOutput$ = ListCommandExecutionsForSandboxOutput$;
    exports.ListCuratedEnvironmentImages$ = ListCuratedEnvironmentImages$;
    exports.ListCuratedEnvironmentImagesCommand = ListCuratedEnvironmentImagesCommand;
    exports.ListCuratedEnvironmentImagesInput$ = ListCuratedEnvironmentImagesInput$;
    exports.ListCuratedEnvironmentImagesOutput$ = ListCuratedEnvironmentImagesOutput$;
    exports.ListFleets$ = ListFleets$;
    exports.ListFleetsCommand = ListFleetsCommand;
    exports.ListFleetsInput$ = ListFleetsInput$;
    exports.ListFleetsOutput$ = ListFleetsOutput$;
    exports.ListProjects$ = ListProjects$;
    exports.ListProjectsCommand = ListProjectsCommand;
    exports.ListProjectsInput$ = ListProjectsInput$;
    exports.ListProjectsOutput$ = ListProjectsOutput$;
    exports.ListReportGroups$ = ListReportGroups$;
    exports.ListReportGroupsCommand = ListReportGroupsCommand;
    exports.ListReportGroupsInput$ = ListReportGroupsInput$;
    exports.ListReportGroupsOutput$ = ListReportGroupsOutput$;
    exports.ListReports$ = ListReports$;
    exports.ListReportsCommand = ListReportsCommand;
    exports.ListReportsForReportGroup$ = ListReportsForReportGroup$;
    exports.ListReportsForReportGroupCommand = ListReportsForReportGroupCommand;
    exports.ListReportsForReportGroupInput$ = ListReportsForReportGroupInput$;
    exports.ListReportsForReportGroupOutput$ = ListReportsForReportGroupOutput$;
    exports.ListReportsInput$ = ListReportsInput$;
    exports.ListReportsOutput$ = ListReportsOutput$;
    exports.ListSandboxes$ = ListSandboxes$;
    exports.ListSandboxesCommand = ListSandboxesCommand;
    exports.ListSandboxesForProject$ = ListSandboxesForProject$;
    exports.ListSandboxesForProjectCommand = ListSandboxesForProjectCommand;
    exports.ListSandboxesForProjectInput$ = ListSandboxesForProjectInput$;
    exports.ListSandboxesForProjectOutput$ = ListSandboxesForProjectOutput$;
    exports.ListSandboxesInput$ = ListSandboxesInput$;
    exports.ListSandboxesOutput$ = ListSandboxesOutput$;
    exports.ListSharedProjects$ = ListSharedProjects$;
    exports.ListSharedProjectsCommand = ListSharedProjectsCommand;
    exports.ListSharedProjectsInput$ = ListSharedProjectsInput$;
    exports.ListSharedProjectsOutput$ = ListSharedProjectsOutput$;
    exports.ListSharedReportGroups$ = ListSharedReportGroups$;
    exports.ListSharedReportGroupsCommand = ListSharedReportGroupsCommand;
    exports.ListSharedReportGroupsInput$ = ListSharedReportGroupsInput$;
    exports.ListSharedReportGroupsOutput$ = ListSharedReportGroupsOutput$;
    exports.ListSourceCredentials$ = ListSourceCredentials$;
    exports.ListSourceCredentialsCommand = ListSourceCredentialsCommand;
    exports.ListSourceCredentialsInput$ = ListSourceCredentialsInput$;
    exports.ListSourceCredentialsOutput$ = ListSourceCredentialsOutput$;
    exports.LogsConfig$ = LogsConfig$;
    exports.LogsConfigStatusType = LogsConfigStatusType;
    exports.LogsLocation$ = LogsLocation$;
    exports.MachineType = MachineType;
    exports.NetworkInterface$ = NetworkInterface$;
    exports.OAuthProviderException = OAuthProviderException;
    exports.OAuthProviderException$ = OAuthProviderException$;
    exports.PhaseContext$ = PhaseContext$;
    exports.PlatformType = PlatformType;
    exports.Project$ = Project$;
    exports.ProjectArtifacts$ = ProjectArtifacts$;
    exports.ProjectBadge$ = ProjectBadge$;
    exports.ProjectBuildBatchConfig$ = ProjectBuildBatchConfig$;
    exports.ProjectCache$ = ProjectCache$;
    exports.ProjectEnvironment$ = ProjectEnvironment$;
    exports.ProjectFileSystemLocation$ = ProjectFileSystemLocation$;
    exports.ProjectFleet$ = ProjectFleet$;
    exports.ProjectSortByType = ProjectSortByType;
    exports.ProjectSource$ = ProjectSource$;
    exports.ProjectSourceVersion$ = ProjectSourceVersion$;
    exports.ProjectVisibilityType = ProjectVisibilityType;
    exports.ProxyConfiguration$ = ProxyConfiguration$;
    exports.PullRequestBuildApproverRole = PullRequestBuildApproverRole;
    exports.PullRequestBuildCommentApproval = PullRequestBuildCommentApproval;
    exports.PullRequestBuildPolicy$ = PullRequestBuildPolicy$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyInput$ = PutResourcePolicyInput$;
    exports.PutResourcePolicyOutput$ = PutResourcePolicyOutput$;
    exports.RegistryCredential$ = RegistryCredential$;
    exports.Report$ = Report$;
    exports.ReportCodeCoverageSortByType = ReportCodeCoverageSortByType;
    exports.ReportExportConfig$ = ReportExportConfig$;
    exports.ReportExportConfigType = ReportExportConfigType;
    exports.ReportFilter$ = ReportFilter$;
    exports.ReportGroup$ = ReportGroup$;
    exports.ReportGroupSortByType = ReportGroupSortByType;
    exports.ReportGroupStatusType = ReportGroupStatusType;
    exports.ReportGroupTrendFieldType = ReportGroupTrendFieldType;
    exports.ReportGroupTrendStats$ = ReportGroupTrendStats$;
    exports.ReportPackagingType = ReportPackagingType;
    exports.ReportStatusType = ReportStatusType;
    exports.ReportType = ReportType;
    exports.ReportWithRawData$ = ReportWithRawData$;
    exports.ResolvedArtifact$ = ResolvedArtifact$;
    exports.ResourceAlreadyExistsException = ResourceAlreadyExistsException;
    exports.ResourceAlreadyExistsException$ = ResourceAlreadyExistsException$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.RetryBuild$ = RetryBuild$;
    exports.RetryBuildBatch$ = RetryBuildBatch$;
    exports.RetryBuildBatchCommand = RetryBuildBatchCommand;
    exports.RetryBuildBatchInput$ = RetryBuildBatchInput$;
    exports.RetryBuildBatchOutput$ = RetryBuildBatchOutput$;
    exports.RetryBuildBatchType = RetryBuildBatchType;
    exports.RetryBuildCommand = RetryBuildCommand;
    exports.RetryBuildInput$ = RetryBuildInput$;
    exports.RetryBuildOutput$ = RetryBuildOutput$;
    exports.S3LogsConfig$ = S3LogsConfig$;
    exports.S3ReportExportConfig$ = S3ReportExportConfig$;
    exports.SSMSession$ = SSMSession$;
    exports.Sandbox$ = Sandbox$;
    exports.SandboxSession$ = SandboxSession$;
    exports.SandboxSessionPhase$ = SandboxSessionPhase$;
    exports.ScalingConfigurationInput$ = ScalingConfigurationInput$;
    exports.ScalingConfigurationOutput$ = ScalingConfigurationOutput$;
    exports.ScopeConfiguration$ = ScopeConfiguration$;
    exports.ServerType = ServerType;
    exports.SharedResourceSortByType = SharedResourceSortByType;
    exports.SortOrderType = SortOrderType;
    exports.SourceAuth$ = SourceAuth$;
    exports.SourceAuthType = SourceAuthType;
    exports.SourceCredentialsInfo$ = SourceCredentialsInfo$;
    exports.SourceType = SourceType;
    exports.StartBuild$ = StartBuild$;
    exports.StartBuildBatch$ = StartBuildBatch$;
    exports.StartBuildBatchCommand = StartBuildBatchCommand;
    exports.StartBuildBatchInput$ = StartBuildBatchInput$;
    exports.StartBuildBatchOutput$ = StartBuildBatchOutput$;
    exports.StartBuildCommand = StartBuildCommand;
    exports.StartBuildInput$ = StartBuildInput$;
    exports.StartBuildOutput$ = StartBuildOutput$;
    exports.StartCommandExecution$ = StartCommandExecution$;
    exports.StartCommandExecutionCommand = StartCommandExecutionCommand;
    exports.StartCommandExecutionInput$ = StartCommandExecutionInput$;
    exports.StartCommandExecutionOutput$ = StartCommandExecutionOutput$;
    exports.StartSandbox$ = StartSandbox$;
    exports.StartSandboxCommand = StartSandboxCommand;
    exports.StartSandboxConnection$ = StartSandboxConnection$;
    exports.StartSandboxConnectionCommand = StartSandboxConnectionCommand;
    exports.StartSandboxConnectionInput$ = StartSandboxConnectionInput$;
    exports.StartSandboxConnectionOutput$ = StartSandboxConnectionOutput$;
    exports.StartSandboxInput$ = StartSandboxInput$;
    exports.StartSandboxOutput$ = StartSandboxOutput$;
    exports.StatusType = StatusType;
    exports.StopBuild$ = StopBuild$;
    exports.StopBuildBatch$ = StopBuildBatch$;
    exports.StopBuildBatchCommand = StopBuildBatchCommand;
    exports.StopBuildBatchInput$ = StopBuildBatchInput$;
    exports.StopBuildBatchOutput$ = StopBuildBatchOutput$;
    exports.StopBuildCommand = StopBuildCommand;
    exports.StopBuildInput$ = StopBuildInput$;
    exports.StopBuildOutput$ = StopBuildOutput$;
    exports.StopSandbox$ = StopSandbox$;
    exports.StopSandboxCommand = StopSandboxCommand;
    exports.StopSandboxInput$ = StopSandboxInput$;
    exports.StopSandboxOutput$ = StopSandboxOutput$;
    exports.Tag$ = Tag$;
    exports.TargetTrackingScalingConfiguration$ = TargetTrackingScalingConfiguration$;
    exports.TestCase$ = TestCase$;
    exports.TestCaseFilter$ = TestCaseFilter$;
    exports.TestReportSummary$ = TestReportSummary$;
    exports.UpdateFleet$ = UpdateFleet$;
    exports.UpdateFleetCommand = UpdateFleetCommand;
    exports.UpdateFleetInput$ = UpdateFleetInput$;
    exports.UpdateFleetOutput$ = UpdateFleetOutput$;
    exports.UpdateProject$ = UpdateProject$;
    exports.UpdateProjectCommand = UpdateProjectCommand;
    exports.UpdateProjectInput$ = UpdateProjectInput$;
    exports.UpdateProjectOutput$ = UpdateProjectOutput$;
    exports.UpdateProjectVisibility$ = UpdateProjectVisibility$;
    exports.UpdateProjectVisibilityCommand = UpdateProjectVisibilityCommand;
    exports.UpdateProjectVisibilityInput$ = UpdateProjectVisibilityInput$;
    exports.UpdateProjectVisibilityOutput$ = UpdateProjectVisibilityOutput$;
    exports.UpdateReportGroup$ = UpdateReportGroup$;
    exports.UpdateReportGroupCommand = UpdateReportGroupCommand;
    exports.UpdateReportGroupInput$ = UpdateReportGroupInput$;
    exports.UpdateReportGroupOutput$ = UpdateReportGroupOutput$;
    exports.UpdateWebhook$ = UpdateWebhook$;
    exports.UpdateWebhookCommand = UpdateWebhookCommand;
    exports.UpdateWebhookInput$ = UpdateWebhookInput$;
    exports.UpdateWebhookOutput$ = UpdateWebhookOutput$;
    exports.VpcConfig$ = VpcConfig$;
    exports.Webhook$ = Webhook$;
    exports.WebhookBuildType = WebhookBuildType;
    exports.WebhookFilter$ = WebhookFilter$;
    exports.WebhookFilterType = WebhookFilterType;
    exports.WebhookScopeType = WebhookScopeType;
    exports.WebhookStatus = WebhookStatus;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeCodeCoverages = paginateDescribeCodeCoverages;
    exports.paginateDescribeTestCases = paginateDescribeTestCases;
    exports.paginateListBuildBatches = paginateListBuildBatches;
    exports.paginateListBuildBatchesForProject = paginateListBuildBatchesForProject;
    exports.paginateListBuilds = paginateListBuilds;
    exports.paginateListBuildsForProject = paginateListBuildsForProject;
    exports.paginateListCommandExecutionsForSandbox = paginateListCommandExecutionsForSandbox;
    exports.paginateListFleets = paginateListFleets;
    exports.paginateListProjects = paginateListProjects2;
    exports.paginateListReportGroups = paginateListReportGroups;
    exports.paginateListReports = paginateListReports;
    exports.paginateListReportsForReportGroup = paginateListReportsForReportGroup;
    exports.paginateListSandboxes = paginateListSandboxes;
    exports.paginateListSandboxesForProject = paginateListSandboxesForProject;
    exports.paginateListSharedProjects = paginateListSharedProjects;
    exports.paginateListSharedReportGroups = paginateListSharedReportGroups;
  }
});

// src/inventory/live/scans/codebuild.ts
var import_client_codebuild = __toESM(require_dist_cjs3(), 1);
var BATCH = 100;
var scanCodeBuild = async ({ session, region }) => {
  const out = emptyOutput();
  const cb = session.client("codebuild", region, import_client_codebuild.CodeBuildClient);
  const limit = session.limit("codebuild", region);
  const listed = await limit(
    () => session.attempt({ operation: "codebuild:ListProjects", region, kinds: ["codebuild-project"] }, async (abortSignal) => {
      const names = [];
      for await (const page of (0, import_client_codebuild.paginateListProjects)({ client: cb }, {}, { abortSignal })) names.push(...page.projects ?? []);
      return names;
    })
  );
  if (!listed.ok) {
    out.gaps.push(listed.gap);
    return out;
  }
  const batches = [];
  for (let i = 0; i < listed.value.length; i += BATCH) batches.push(listed.value.slice(i, i + BATCH));
  await mapLimited(batches, limit, async (names) => {
    const d = await session.attempt(
      { operation: "codebuild:BatchGetProjects", region, kinds: ["codebuild-project"] },
      async (abortSignal) => (await cb.send(new import_client_codebuild.BatchGetProjectsCommand({ names }), { abortSignal })).projects ?? []
    );
    if (!d.ok) return void out.gaps.push(d.gap);
    for (const p of d.value)
      record(out, roleKeyOfRef(p.serviceRole, session.account), dependent("codebuild-project", { id: p.arn ?? p.name ?? "?", name: p.name, region, account: session.account, via: "project serviceRole" }));
  });
  return out;
};
export {
  scanCodeBuild
};
