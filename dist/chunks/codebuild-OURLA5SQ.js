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
} from "./chunk-ULUKVJNU.js";
import "./chunk-ZPBOZSP3.js";
import "./chunk-2QYDT5QO.js";
import {
  AwsJson1_1Protocol,
  AwsSdkSigV4Signer,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  createPaginator,
  emitWarningIfUnsupportedVersion,
  getAwsRegionExtensionConfiguration,
  getContentLengthPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpHandlerExtensionConfiguration,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  require_dist_cjs2 as require_dist_cjs,
  require_dist_cjs3 as require_dist_cjs2,
  resolveAwsRegionExtensionConfiguration,
  resolveAwsSdkSigV4Config,
  resolveHostHeaderConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-5S4BO7BI.js";
import {
  BinaryDecisionDiagram,
  Client,
  EndpointCache,
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  Sha256Node,
  TypeRegistry,
  calculateBodyLength,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion as emitWarningIfUnsupportedVersion2,
  fromBase64,
  fromUtf8,
  getDefaultExtensionConfiguration,
  getEndpointPlugin,
  getSchemaSerdePlugin,
  getSmithyContext,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  loadConfig,
  loadConfigsForDefaultMode,
  makeBuilder,
  normalizeProvider,
  parseUrl,
  resolveDefaultRuntimeConfig,
  resolveDefaultsModeConfig,
  resolveEndpointConfig,
  resolveRegionConfig,
  toBase64,
  toUtf8
} from "./chunk-RNLHTGMN.js";
import {
  __toESM
} from "./chunk-UUTPRXCH.js";

// node_modules/@aws-sdk/client-codebuild/dist-es/CodeBuildClient.js
init_client2();
init_dist_es();
init_client();
init_config();
init_endpoints();
init_protocols();
init_retry();
init_schema();

// node_modules/@aws-sdk/client-codebuild/dist-es/auth/httpAuthSchemeProvider.js
init_httpAuthSchemes();
init_client();
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

// node_modules/@aws-sdk/client-codebuild/dist-es/endpoint/EndpointParameters.js
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

// node_modules/@aws-sdk/client-codebuild/package.json
var package_default = {
  name: "@aws-sdk/client-codebuild",
  version: "3.1142.0",
  description: "AWS SDK for JavaScript Codebuild Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-codebuild",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-codebuild"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.978.1",
    "@aws-sdk/credential-provider-node": "^3.972.84",
    "@aws-sdk/types": "^3.974.6",
    "@smithy/core": "^3.35.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/node-http-handler": "^4.12.1",
    "@smithy/types": "^4.19.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-codebuild/dist-es/runtimeConfig.js
init_client2();
init_httpAuthSchemes();
var import_credential_provider_node = __toESM(require_dist_cjs2());
init_client();
init_config();
init_retry();
init_serde();
var import_node_http_handler = __toESM(require_dist_cjs());

// node_modules/@aws-sdk/client-codebuild/dist-es/runtimeConfig.shared.js
init_httpAuthSchemes();
init_protocols2();
init_checksum();
init_client();
init_protocols();
init_serde();

// node_modules/@aws-sdk/client-codebuild/dist-es/endpoint/endpointResolver.js
init_client2();
init_endpoints();

// node_modules/@aws-sdk/client-codebuild/dist-es/endpoint/bdd.js
init_endpoints();
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

// node_modules/@aws-sdk/client-codebuild/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-codebuild/dist-es/schemas/schemas_0.js
init_schema();

// node_modules/@aws-sdk/client-codebuild/dist-es/models/CodeBuildServiceException.js
init_client();
var CodeBuildServiceException = class _CodeBuildServiceException extends ServiceException {
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CodeBuildServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-codebuild/dist-es/models/errors.js
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

// node_modules/@aws-sdk/client-codebuild/dist-es/schemas/schemas_0.js
var _ALEE = "AccountLimitExceededException";
var _ARC = "AutoRetryConfig";
var _ASE = "AccountSuspendedException";
var _B = "Build";
var _BA = "BuildArtifacts";
var _BAL = "BuildArtifactsList";
var _BB = "BuildBatch";
var _BBP = "BuildBatchPhase";
var _BBPu = "BuildBatchPhases";
var _BBu = "BuildBatches";
var _BDBI = "BatchDeleteBuildsInput";
var _BDBO = "BatchDeleteBuildsOutput";
var _BG = "BuildGroup";
var _BGBBI = "BatchGetBuildBatchesInput";
var _BGBBO = "BatchGetBuildBatchesOutput";
var _BGBI = "BatchGetBuildsInput";
var _BGBO = "BatchGetBuildsOutput";
var _BGCEI = "BatchGetCommandExecutionsInput";
var _BGCEO = "BatchGetCommandExecutionsOutput";
var _BGFI = "BatchGetFleetsInput";
var _BGFO = "BatchGetFleetsOutput";
var _BGP = "BatchGetProjects";
var _BGPI = "BatchGetProjectsInput";
var _BGPO = "BatchGetProjectsOutput";
var _BGRGI = "BatchGetReportGroupsInput";
var _BGRGO = "BatchGetReportGroupsOutput";
var _BGRI = "BatchGetReportsInput";
var _BGRO = "BatchGetReportsOutput";
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
var _CCRS = "CodeCoverageReportSummary";
var _CCo = "ComputeConfiguration";
var _CE = "CommandExecution";
var _CEo = "CommandExecutions";
var _CWLC = "CloudWatchLogsConfig";
var _DBBO = "DeleteBuildBatchOutput";
var _DS = "DebugSession";
var _DSS = "DockerServerStatus";
var _DSo = "DockerServer";
var _EEV = "ExportedEnvironmentVariable";
var _EEVx = "ExportedEnvironmentVariables";
var _EI = "EnvironmentImage";
var _EV = "EnvironmentVariable";
var _EVn = "EnvironmentVariables";
var _F = "Fleet";
var _FG = "FilterGroups";
var _FGi = "FilterGroup";
var _FPR = "FleetProxyRule";
var _FPRl = "FleetProxyRules";
var _FS = "FleetStatus";
var _Fl = "Fleets";
var _GSC = "GitSubmodulesConfig";
var _IIE = "InvalidInputException";
var _LBBFPO = "ListBuildBatchesForProjectOutput";
var _LBBO = "ListBuildBatchesOutput";
var _LBFPO = "ListBuildsForProjectOutput";
var _LBO = "ListBuildsOutput";
var _LC = "LogsConfig";
var _LFO = "ListFleetsOutput";
var _LL = "LogsLocation";
var _LP = "ListProjects";
var _LPI = "ListProjectsInput";
var _LPO = "ListProjectsOutput";
var _LRFRGO = "ListReportsForReportGroupOutput";
var _LRGO = "ListReportGroupsOutput";
var _LRO = "ListReportsOutput";
var _LSFPO = "ListSandboxesForProjectOutput";
var _LSO = "ListSandboxesOutput";
var _LSPO = "ListSharedProjectsOutput";
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
var _PS = "ProjectSource";
var _PSSV = "ProjectSecondarySourceVersions";
var _PSV = "ProjectSourceVersion";
var _PSr = "ProjectSources";
var _Pr = "Projects";
var _R = "Report";
var _RA = "ResolvedArtifact";
var _RAEE = "ResourceAlreadyExistsException";
var _RC = "RegistryCredential";
var _REC = "ReportExportConfig";
var _RG = "ReportGroup";
var _RGe = "ReportGroups";
var _RNFE = "ResourceNotFoundException";
var _RSA = "ResolvedSecondaryArtifacts";
var _Re = "Reports";
var _S = "Sandbox";
var _SA = "SourceAuth";
var _SC = "ScopeConfiguration";
var _SCO = "ScalingConfigurationOutput";
var _SLC = "S3LogsConfig";
var _SNES = "SensitiveNonEmptyString";
var _SREC = "S3ReportExportConfig";
var _SSP = "SandboxSessionPhase";
var _SSPa = "SandboxSessionPhases";
var _SSa = "SandboxSession";
var _Sa = "Sandboxes";
var _T = "Tag";
var _TL = "TagList";
var _TRS = "TestReportSummary";
var _TTSC = "TargetTrackingScalingConfiguration";
var _TTSCa = "TargetTrackingScalingConfigurations";
var _VC = "VpcConfig";
var _W = "Webhook";
var _WF = "WebhookFilter";
var _a = "arn";
var _aI = "artifactIdentifier";
var _aR = "approverRoles";
var _aRC = "autoRetryConfig";
var _aRL = "autoRetryLimit";
var _aRN = "autoRetryNumber";
var _ar = "artifacts";
var _au = "auth";
var _b = "builds";
var _bB = "buildBatches";
var _bBA = "buildBatchArn";
var _bBC = "buildBatchConfig";
var _bBN = "buildBatchNumber";
var _bBNF = "buildBatchesNotFound";
var _bBS = "buildBatchStatus";
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
var _bRM = "batchReportMode";
var _bRU = "badgeRequestUrl";
var _bS = "buildStatus";
var _bSC = "buildStatusConfig";
var _bT = "buildType";
var _bTIM = "buildTimeoutInMinutes";
var _ba = "badge";
var _bu = "buildspec";
var _buc = "bucket";
var _c = "client";
var _cA = "combineArtifacts";
var _cBL = "concurrentBuildLimit";
var _cBS = "currentBuildSummary";
var _cC = "computeConfiguration";
var _cCS = "codeCoverageSummary";
var _cE = "commandExecutions";
var _cEI = "commandExecutionIds";
var _cENF = "commandExecutionsNotFound";
var _cN = "cacheNamespace";
var _cP = "currentPhase";
var _cPr = "credentialProvider";
var _cS = "currentSession";
var _cT = "computeType";
var _cTA = "computeTypesAllowed";
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
var _dS = "debugSession";
var _dSE = "debugSessionEnabled";
var _dSo = "dockerServer";
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
var _eMP = "excludeMatchedPattern";
var _eT = "endTime";
var _eTn = "environmentType";
var _eV = "environmentVariables";
var _ef = "effect";
var _en = "environment";
var _ent = "entities";
var _ex = "expired";
var _f = "fleets";
var _fA = "fleetsAllowed";
var _fAl = "fleetArn";
var _fG = "filterGroups";
var _fNF = "fleetsNotFound";
var _fS = "fetchSubmodules";
var _fSL = "fileSystemLocations";
var _fSR = "fleetServiceRole";
var _fl = "fleet";
var _gCD = "gitCloneDepth";
var _gN = "groupName";
var _gSC = "gitSubmodulesConfig";
var _hK = "hostKernel";
var _i = "ids";
var _iF = "ignoreFailure";
var _iI = "imageId";
var _iPCT = "imagePullCredentialsType";
var _iS = "insecureSsl";
var _iT = "instanceType";
var _id = "id";
var _ide = "identifier";
var _ima = "image";
var _in = "initiator";
var _k = "key";
var _l = "logs";
var _lC = "logConfig";
var _lCP = "lineCoveragePercentage";
var _lCi = "linesCovered";
var _lCo = "logsConfig";
var _lM = "linesMissed";
var _lMS = "lastModifiedSecret";
var _lMa = "lastModified";
var _lo = "location";
var _m = "message";
var _mBA = "maximumBuildsAllowed";
var _mC = "manualCreation";
var _mCa = "maxCapacity";
var _mO = "mountOptions";
var _mP = "mountPoint";
var _mT = "machineType";
var _mTe = "metricType";
var _md = "md5sum";
var _me = "memory";
var _mo = "modes";
var _n = "names";
var _nAR = "nextAutoRetry";
var _nI = "networkInterface";
var _nII = "networkInterfaceId";
var _nT = "nextToken";
var _nTa = "namespaceType";
var _na = "name";
var _oAN = "overrideArtifactName";
var _oB = "overflowBehavior";
var _oPR = "orderedProxyRules";
var _p = "projects";
var _pA = "primaryArtifact";
var _pAR = "previousAutoRetry";
var _pBSL = "priorBuildSummaryList";
var _pC = "proxyConfiguration";
var _pM = "privilegedMode";
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
var _qTIM = "queuedTimeoutInMinutes";
var _r = "reports";
var _rA = "reportArns";
var _rAR = "resourceAccessRole";
var _rBS = "reportBuildStatus";
var _rC = "registryCredential";
var _rCA = "requiresCommentApproval";
var _rG = "reportGroups";
var _rGA = "reportGroupArns";
var _rGAe = "reportGroupArn";
var _rGNF = "reportGroupsNotFound";
var _rNF = "reportsNotFound";
var _rO = "requestedOn";
var _rSV = "resolvedSourceVersion";
var _rTe = "requestTime";
var _re = "restrictions";
var _res = "resource";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.codebuild";
var _sA = "secondaryArtifacts";
var _sAa = "sandboxArn";
var _sB = "sortBy";
var _sC = "statusCode";
var _sCc = "scalingConfiguration";
var _sCco = "scopeConfiguration";
var _sCt = "statusCounts";
var _sD = "s3Destination";
var _sDL = "s3DeepLink";
var _sE = "sessionEnabled";
var _sEC = "standardErrContent";
var _sGI = "securityGroupIds";
var _sI = "sandboxId";
var _sIo = "sourceIdentifier";
var _sIu = "subnetId";
var _sL = "s3Logs";
var _sLA = "s3LogsArn";
var _sM = "statusMessage";
var _sN = "streamName";
var _sNF = "sandboxesNotFound";
var _sO = "sortOrder";
var _sOC = "standardOutputContent";
var _sR = "serviceRole";
var _sS = "secondarySources";
var _sSV = "secondarySourceVersions";
var _sT = "startTime";
var _sTc = "scalingType";
var _sTe = "sessionTarget";
var _sTu = "submitTime";
var _sV = "sourceVersion";
var _sa = "sandboxes";
var _sc = "scope";
var _se = "secret";
var _sh = "sha256sum";
var _so = "source";
var _st = "status";
var _su = "subnets";
var _t = "type";
var _tIM = "timeoutInMinutes";
var _tIMi = "timeoutInMins";
var _tS = "testSummary";
var _tTSC = "targetTrackingScalingConfigs";
var _tU = "targetUrl";
var _tVa = "targetValue";
var _ta = "tags";
var _tot = "total";
var _tr = "truncated";
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
var DebugSession$ = [
  3,
  n0,
  _DS,
  0,
  [_sE, _sTe],
  [2, 0]
];
var DeleteBuildBatchOutput$ = [
  3,
  n0,
  _DBBO,
  0,
  [_sC, _bD, _bND],
  [0, 64 | 0, () => BuildsNotDeleted]
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
var GitSubmodulesConfig$ = [
  3,
  n0,
  _GSC,
  0,
  [_fS],
  [2],
  1
];
var ListBuildBatchesForProjectOutput$ = [
  3,
  n0,
  _LBBFPO,
  0,
  [_i, _nT],
  [64 | 0, 0]
];
var ListBuildBatchesOutput$ = [
  3,
  n0,
  _LBBO,
  0,
  [_i, _nT],
  [64 | 0, 0]
];
var ListBuildsForProjectOutput$ = [
  3,
  n0,
  _LBFPO,
  0,
  [_i, _nT],
  [64 | 0, 0]
];
var ListBuildsOutput$ = [
  3,
  n0,
  _LBO,
  0,
  [_i, _nT],
  [64 | 0, 0]
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
var ListReportGroupsOutput$ = [
  3,
  n0,
  _LRGO,
  0,
  [_nT, _rG],
  [0, 64 | 0]
];
var ListReportsForReportGroupOutput$ = [
  3,
  n0,
  _LRFRGO,
  0,
  [_nT, _r],
  [0, 64 | 0]
];
var ListReportsOutput$ = [
  3,
  n0,
  _LRO,
  0,
  [_nT, _r],
  [0, 64 | 0]
];
var ListSandboxesForProjectOutput$ = [
  3,
  n0,
  _LSFPO,
  0,
  [_i, _nT],
  [64 | 0, 0]
];
var ListSandboxesOutput$ = [
  3,
  n0,
  _LSO,
  0,
  [_i, _nT],
  [64 | 0, 0]
];
var ListSharedProjectsOutput$ = [
  3,
  n0,
  _LSPO,
  0,
  [_nT, _p],
  [0, 64 | 0]
];
var ListSharedReportGroupsOutput$ = [
  3,
  n0,
  _LSRGO,
  0,
  [_nT, _rG],
  [0, 64 | 0]
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
var ReportGroup$ = [
  3,
  n0,
  _RG,
  0,
  [_a, _na, _t, _eCx, _cr, _lMa, _ta, _st],
  [0, 0, 0, () => ReportExportConfig$, 4, 4, () => TagList, 0]
];
var ResolvedArtifact$ = [
  3,
  n0,
  _RA,
  0,
  [_t, _lo, _ide],
  [0, 0, 0]
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
var TestReportSummary$ = [
  3,
  n0,
  _TRS,
  0,
  [_tot, _sCt, _dINS],
  [1, 128 | 1, 1],
  3
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
var BuildBatchIds = 64 | 0;
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
var BuildIds = 64 | 0;
var BuildPhases = [
  1,
  n0,
  _BPu,
  0,
  () => BuildPhase$
];
var BuildReportArns = 64 | 0;
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
var CommandExecutionIds = 64 | 0;
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
var ComputeTypesAllowed = 64 | 0;
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
var FleetArns = 64 | 0;
var FleetNames = 64 | 0;
var FleetProxyRuleEntities = 64 | 0;
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
var FleetsAllowed = 64 | 0;
var Identifiers = 64 | 0;
var ImageVersions = 64 | 0;
var PhaseContexts = [
  1,
  n0,
  _PCh,
  0,
  () => PhaseContext$
];
var ProjectArns = 64 | 0;
var ProjectArtifactsList = [
  1,
  n0,
  _PAL,
  0,
  () => ProjectArtifacts$
];
var ProjectCacheModes = 64 | 0;
var ProjectFileSystemLocations = [
  1,
  n0,
  _PFSLr,
  0,
  () => ProjectFileSystemLocation$
];
var ProjectNames = 64 | 0;
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
var PullRequestBuildApproverRoles = 64 | 0;
var ReportArns = 64 | 0;
var ReportGroupArns = 64 | 0;
var ReportGroups = [
  1,
  n0,
  _RGe,
  0,
  () => ReportGroup$
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
var SandboxIds = 64 | 0;
var SandboxSessionPhases = [
  1,
  n0,
  _SSPa,
  0,
  () => SandboxSessionPhase$
];
var SecurityGroupIds = 64 | 0;
var Subnets = 64 | 0;
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
var ReportStatusCounts = 128 | 1;
var BatchGetProjects$ = [
  9,
  n0,
  _BGP,
  0,
  () => BatchGetProjectsInput$,
  () => BatchGetProjectsOutput$
];
var ListProjects$ = [
  9,
  n0,
  _LP,
  0,
  () => ListProjectsInput$,
  () => ListProjectsOutput$
];

// node_modules/@aws-sdk/client-codebuild/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
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
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-codebuild/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
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
    credentialDefaultProvider: config?.credentialDefaultProvider ?? import_credential_provider_node.defaultProvider,
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: import_node_http_handler.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? import_node_http_handler.streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-codebuild/dist-es/runtimeExtensions.js
init_client2();
init_client();
init_protocols();

// node_modules/@aws-sdk/client-codebuild/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-codebuild/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-codebuild/dist-es/CodeBuildClient.js
var CodeBuildClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
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

// node_modules/@aws-sdk/client-codebuild/dist-es/commandBuilder.js
init_client();
init_endpoints();
var command = makeBuilder(commonParams, "CodeBuild_20161006", "CodeBuildClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-codebuild/dist-es/commands/BatchGetProjectsCommand.js
var BatchGetProjectsCommand = class extends command(_ep0, _mw0, "BatchGetProjects", BatchGetProjects$) {
};

// node_modules/@aws-sdk/client-codebuild/dist-es/commands/ListProjectsCommand.js
var ListProjectsCommand = class extends command(_ep0, _mw0, "ListProjects", ListProjects$) {
};

// node_modules/@aws-sdk/client-codebuild/dist-es/pagination/ListProjectsPaginator.js
init_dist_es();
var paginateListProjects = createPaginator(CodeBuildClient, ListProjectsCommand, "nextToken", "nextToken", "");

// src/inventory/live/scans/codebuild.ts
var BATCH = 100;
var scanCodeBuild = async ({ session, region }) => {
  const out = emptyOutput();
  const cb = session.client("codebuild", region, CodeBuildClient);
  const limit = session.limit("codebuild", region);
  const listed = await limit(
    () => session.attempt({ operation: "codebuild:ListProjects", region, kinds: ["codebuild-project"] }, async (abortSignal) => {
      const names = [];
      for await (const page of paginateListProjects({ client: cb }, {}, { abortSignal })) names.push(...page.projects ?? []);
      return names;
    })
  );
  if (!listed.ok) {
    out.gaps.push(listed.gap);
    return out;
  }
  const batches = [];
  for (let i2 = 0; i2 < listed.value.length; i2 += BATCH) batches.push(listed.value.slice(i2, i2 + BATCH));
  await mapLimited(batches, limit, async (names) => {
    const d2 = await session.attempt(
      { operation: "codebuild:BatchGetProjects", region, kinds: ["codebuild-project"] },
      async (abortSignal) => (await cb.send(new BatchGetProjectsCommand({ names }), { abortSignal })).projects ?? []
    );
    if (!d2.ok) return void out.gaps.push(d2.gap);
    for (const p of d2.value)
      record(out, roleKeyOfRef(p.serviceRole, session.account), dependent("codebuild-project", { id: p.arn ?? p.name ?? "?", name: p.name, region, account: session.account, via: "project serviceRole" }));
  });
  return out;
};
export {
  scanCodeBuild
};
