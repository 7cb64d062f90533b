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
  AwsRestJsonProtocol,
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
  getDefaultSocketTimeout,
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

// node_modules/@aws-sdk/client-eks/dist-es/EKSClient.js
init_client2();
init_dist_es();
init_client();
init_config();
init_endpoints();
init_protocols();
init_retry();
init_schema();

// node_modules/@aws-sdk/client-eks/dist-es/auth/httpAuthSchemeProvider.js
init_httpAuthSchemes();
init_client();
var defaultEKSHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "eks",
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
var defaultEKSHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-eks/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "eks"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-eks/package.json
var package_default = {
  name: "@aws-sdk/client-eks",
  version: "3.1175.0",
  description: "AWS SDK for JavaScript Eks Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-eks",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-eks"
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
    "@aws-sdk/core": "^3.981.1",
    "@aws-sdk/credential-provider-node": "^3.972.98",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
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

// node_modules/@aws-sdk/client-eks/dist-es/runtimeConfig.js
init_client2();
init_httpAuthSchemes();
var import_credential_provider_node = __toESM(require_dist_cjs2());
init_client();
init_config();
init_retry();
init_serde();
var import_node_http_handler = __toESM(require_dist_cjs());

// node_modules/@aws-sdk/client-eks/dist-es/runtimeConfig.shared.js
init_httpAuthSchemes();
init_protocols2();
init_checksum();
init_client();
init_protocols();
init_serde();

// node_modules/@aws-sdk/client-eks/dist-es/endpoint/endpointResolver.js
init_client2();
init_endpoints();

// node_modules/@aws-sdk/client-eks/dist-es/endpoint/bdd.js
init_endpoints();
var m = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = "stringEquals";
var h = { [m]: "Endpoint" };
var i = { [m]: d };
var j = { "fn": f, "argv": [i, "name"] };
var k = {};
var l = [{ [m]: "Region" }];
var _data = {
  conditions: [
    [c, [h]],
    [c, l],
    ["aws.partition", l, d],
    [e, [{ [m]: "UseFIPS" }, b]],
    [e, [{ [m]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
    [g, [j, "aws"]],
    [g, [j, "aws-us-gov"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, k],
    ["https://eks-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://fips.eks.{Region}.amazonaws.com", k],
    ["https://eks.{Region}.amazonaws.com", k],
    ["https://eks-fips.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://eks.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://eks.{Region}.{PartitionResult#dnsSuffix}", k],
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
  14,
  3,
  1,
  4,
  r + 13,
  2,
  5,
  r + 13,
  3,
  8,
  6,
  4,
  7,
  r + 12,
  5,
  r + 10,
  r + 11,
  4,
  12,
  9,
  6,
  10,
  r + 9,
  7,
  r + 6,
  11,
  8,
  r + 7,
  r + 8,
  5,
  13,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  15,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-eks/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-eks/dist-es/schemas/schemas_0.js
init_schema();

// node_modules/@aws-sdk/client-eks/dist-es/models/EKSServiceException.js
init_client();
var EKSServiceException = class _EKSServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.eks#EKSServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _EKSServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-eks/dist-es/models/errors.js
var AccessDeniedException = class _AccessDeniedException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#AccessDeniedException";
  name = "AccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "AccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccessDeniedException.prototype);
  }
};
var InvalidParameterException = class _InvalidParameterException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#InvalidParameterException";
  name = "InvalidParameterException";
  $fault = "client";
  clusterName;
  nodegroupName;
  fargateProfileName;
  addonName;
  subscriptionId;
  constructor(opts) {
    super({
      name: "InvalidParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterException.prototype);
    this.clusterName = opts.clusterName;
    this.nodegroupName = opts.nodegroupName;
    this.fargateProfileName = opts.fargateProfileName;
    this.addonName = opts.addonName;
    this.subscriptionId = opts.subscriptionId;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  clusterName;
  nodegroupName;
  fargateProfileName;
  addonName;
  subscriptionId;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.clusterName = opts.clusterName;
    this.nodegroupName = opts.nodegroupName;
    this.fargateProfileName = opts.fargateProfileName;
    this.addonName = opts.addonName;
    this.subscriptionId = opts.subscriptionId;
  }
};
var ServerException = class _ServerException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#ServerException";
  name = "ServerException";
  $fault = "server";
  clusterName;
  nodegroupName;
  addonName;
  subscriptionId;
  constructor(opts) {
    super({
      name: "ServerException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServerException.prototype);
    this.clusterName = opts.clusterName;
    this.nodegroupName = opts.nodegroupName;
    this.addonName = opts.addonName;
    this.subscriptionId = opts.subscriptionId;
  }
};
var ServiceUnavailableException = class _ServiceUnavailableException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#ServiceUnavailableException";
  name = "ServiceUnavailableException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ServiceUnavailableException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceUnavailableException.prototype);
  }
};
var InvalidRequestException = class _InvalidRequestException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#InvalidRequestException";
  name = "InvalidRequestException";
  $fault = "client";
  clusterName;
  nodegroupName;
  addonName;
  subscriptionId;
  constructor(opts) {
    super({
      name: "InvalidRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidRequestException.prototype);
    this.clusterName = opts.clusterName;
    this.nodegroupName = opts.nodegroupName;
    this.addonName = opts.addonName;
    this.subscriptionId = opts.subscriptionId;
  }
};
var ClientException = class _ClientException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#ClientException";
  name = "ClientException";
  $fault = "client";
  clusterName;
  nodegroupName;
  addonName;
  subscriptionId;
  constructor(opts) {
    super({
      name: "ClientException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ClientException.prototype);
    this.clusterName = opts.clusterName;
    this.nodegroupName = opts.nodegroupName;
    this.addonName = opts.addonName;
    this.subscriptionId = opts.subscriptionId;
  }
};
var ResourceInUseException = class _ResourceInUseException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#ResourceInUseException";
  name = "ResourceInUseException";
  $fault = "client";
  clusterName;
  nodegroupName;
  addonName;
  constructor(opts) {
    super({
      name: "ResourceInUseException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceInUseException.prototype);
    this.clusterName = opts.clusterName;
    this.nodegroupName = opts.nodegroupName;
    this.addonName = opts.addonName;
  }
};
var ThrottlingException = class _ThrottlingException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#ThrottlingException";
  name = "ThrottlingException";
  $fault = "client";
  clusterName;
  constructor(opts) {
    super({
      name: "ThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ThrottlingException.prototype);
    this.clusterName = opts.clusterName;
  }
};
var InvalidStateException = class _InvalidStateException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#InvalidStateException";
  name = "InvalidStateException";
  $fault = "client";
  clusterName;
  constructor(opts) {
    super({
      name: "InvalidStateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidStateException.prototype);
    this.clusterName = opts.clusterName;
  }
};
var ResourceLimitExceededException = class _ResourceLimitExceededException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#ResourceLimitExceededException";
  name = "ResourceLimitExceededException";
  $fault = "client";
  clusterName;
  nodegroupName;
  subscriptionId;
  constructor(opts) {
    super({
      name: "ResourceLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceLimitExceededException.prototype);
    this.clusterName = opts.clusterName;
    this.nodegroupName = opts.nodegroupName;
    this.subscriptionId = opts.subscriptionId;
  }
};
var UnsupportedAvailabilityZoneException = class _UnsupportedAvailabilityZoneException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#UnsupportedAvailabilityZoneException";
  name = "UnsupportedAvailabilityZoneException";
  $fault = "client";
  clusterName;
  nodegroupName;
  validZones;
  constructor(opts) {
    super({
      name: "UnsupportedAvailabilityZoneException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnsupportedAvailabilityZoneException.prototype);
    this.clusterName = opts.clusterName;
    this.nodegroupName = opts.nodegroupName;
    this.validZones = opts.validZones;
  }
};
var BadRequestException = class _BadRequestException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#BadRequestException";
  name = "BadRequestException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "BadRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _BadRequestException.prototype);
  }
};
var NotFoundException = class _NotFoundException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#NotFoundException";
  name = "NotFoundException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NotFoundException.prototype);
  }
};
var ResourcePropagationDelayException = class _ResourcePropagationDelayException extends EKSServiceException {
  static shapeId = "com.amazonaws.eks#ResourcePropagationDelayException";
  name = "ResourcePropagationDelayException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourcePropagationDelayException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourcePropagationDelayException.prototype);
  }
};

// node_modules/@aws-sdk/client-eks/dist-es/schemas/schemas_0.js
var _A = "Addon";
var _AAP = "AssociatedAccessPolicy";
var _AAPL = "AssociatedAccessPoliciesList";
var _AAPR = "AssociateAccessPolicyRequest";
var _AAPRs = "AssociateAccessPolicyResponse";
var _AAPs = "AssociateAccessPolicy";
var _ACA = "ActiveCertificateAuthority";
var _ACAICR = "ArgoCdAwsIdcConfigRequest";
var _ACAICRr = "ArgoCdAwsIdcConfigResponse";
var _ACAR = "ActivateCertificateAuthorityRequest";
var _ACARc = "ActivateCertificateAuthorityResponse";
var _ACAc = "ActivateCertificateAuthority";
var _ACCR = "ArgoCdConfigRequest";
var _ACCRr = "ArgoCdConfigResponse";
var _ACD = "AddonCompatibilityDetail";
var _ACDd = "AddonCompatibilityDetails";
var _ACNACR = "ArgoCdNetworkAccessConfigRequest";
var _ACNACRr = "ArgoCdNetworkAccessConfigResponse";
var _ACR = "AccessConfigResponse";
var _ACRM = "ArgoCdRoleMapping";
var _ACRML = "ArgoCdRoleMappingList";
var _ACRc = "AckConfigRequest";
var _ACRck = "AckConfigResponse";
var _ADE = "AccessDeniedException";
var _AE = "AccessEntry";
var _AEC = "AssociateEncryptionConfig";
var _AECR = "AssociateEncryptionConfigRequest";
var _AECRs = "AssociateEncryptionConfigResponse";
var _AH = "AddonHealth";
var _AI = "AddonInfo";
var _AIL = "AddonIssueList";
var _AIPC = "AssociateIdentityProviderConfig";
var _AIPCR = "AssociateIdentityProviderConfigRequest";
var _AIPCRs = "AssociateIdentityProviderConfigResponse";
var _AId = "AddonIssue";
var _ANCR = "AddonNamespaceConfigRequest";
var _ANCRd = "AddonNamespaceConfigResponse";
var _AP = "AccessPolicy";
var _APIA = "AddonPodIdentityAssociations";
var _APIAL = "AddonPodIdentityAssociationsList";
var _APIC = "AddonPodIdentityConfiguration";
var _APICL = "AddonPodIdentityConfigurationList";
var _APL = "AccessPoliciesList";
var _AS = "AccessScope";
var _ASG = "AutoScalingGroup";
var _ASGL = "AutoScalingGroupList";
var _AVC = "AllowedValuesConstraint";
var _AVI = "AddonVersionInfo";
var _AVIL = "AddonVersionInfoList";
var _Ad = "Addons";
var _BRE = "BadRequestException";
var _BS = "BlockStorage";
var _C = "Cancellation";
var _CA = "CertificateAuthority";
var _CACR = "CreateAccessConfigRequest";
var _CAE = "CreateAccessEntry";
var _CAER = "CreateAccessEntryRequest";
var _CAERr = "CreateAccessEntryResponse";
var _CAR = "CreateAddonRequest";
var _CARr = "CreateAddonResponse";
var _CAS = "CertificateAuthoritySummary";
var _CASE = "CertificateAuthorityScheduledEvents";
var _CASL = "CertificateAuthoritySummaryList";
var _CAV = "CertificateAuthorityValidity";
var _CAr = "CreateAddon";
var _CC = "CreateCapability";
var _CCA = "CreateCertificateAuthority";
var _CCAR = "CreateCertificateAuthorityRequest";
var _CCARr = "CreateCertificateAuthorityResponse";
var _CCR = "CapabilityConfigurationRequest";
var _CCRa = "CapabilityConfigurationResponse";
var _CCRo = "ComputeConfigRequest";
var _CCRom = "ComputeConfigResponse";
var _CCRon = "ConnectorConfigRequest";
var _CCRonn = "ConnectorConfigResponse";
var _CCRr = "CreateCapabilityRequest";
var _CCRre = "CreateCapabilityResponse";
var _CCRrea = "CreateClusterRequest";
var _CCRreat = "CreateClusterResponse";
var _CCr = "CreateCluster";
var _CE = "ClientException";
var _CEAS = "CreateEksAnywhereSubscription";
var _CEASR = "CreateEksAnywhereSubscriptionRequest";
var _CEASRr = "CreateEksAnywhereSubscriptionResponse";
var _CFP = "CreateFargateProfile";
var _CFPR = "CreateFargateProfileRequest";
var _CFPRr = "CreateFargateProfileResponse";
var _CH = "CapabilityHealth";
var _CHl = "ClusterHealth";
var _CI = "CapabilityIssue";
var _CIL = "CapabilityIssueList";
var _CILl = "ClusterIssueList";
var _CIl = "ClusterIssue";
var _CMC = "CrdManagementConfiguration";
var _CN = "CreateNodegroup";
var _CNR = "CreateNodegroupRequest";
var _CNRr = "CreateNodegroupResponse";
var _CPCI = "ControlPlaneConfigInfo";
var _CPIA = "CreatePodIdentityAssociation";
var _CPIAR = "CreatePodIdentityAssociationRequest";
var _CPIARr = "CreatePodIdentityAssociationResponse";
var _CPPR = "ControlPlanePlacementRequest";
var _CPPRo = "ControlPlanePlacementResponse";
var _CPSC = "ControlPlaneScalingConfig";
var _CPSTI = "ControlPlaneScalingTierInfo";
var _CPSTL = "ControlPlaneScalingTierList";
var _CS = "CapabilitySummary";
var _CSL = "CapabilitySummaryList";
var _CSl = "ClientStat";
var _CSli = "ClientStats";
var _CU = "CancelUpdate";
var _CUR = "CancelUpdateRequest";
var _CURa = "CancelUpdateResponse";
var _CVI = "ClusterVersionInformation";
var _CVL = "ClusterVersionList";
var _Ca = "Capability";
var _Ce = "Certificate";
var _Cl = "Cluster";
var _Co = "Compatibility";
var _Com = "Compatibilities";
var _DA = "DeleteAddon";
var _DAC = "DescribeAddonConfiguration";
var _DACR = "DescribeAddonConfigurationRequest";
var _DACRe = "DescribeAddonConfigurationResponse";
var _DAE = "DeleteAccessEntry";
var _DAER = "DeleteAccessEntryRequest";
var _DAERe = "DeleteAccessEntryResponse";
var _DAERes = "DescribeAccessEntryRequest";
var _DAEResc = "DescribeAccessEntryResponse";
var _DAEe = "DescribeAccessEntry";
var _DAP = "DisassociateAccessPolicy";
var _DAPR = "DisassociateAccessPolicyRequest";
var _DAPRi = "DisassociateAccessPolicyResponse";
var _DAR = "DeleteAddonRequest";
var _DARe = "DeleteAddonResponse";
var _DARes = "DescribeAddonRequest";
var _DAResc = "DescribeAddonResponse";
var _DAV = "DescribeAddonVersions";
var _DAVR = "DescribeAddonVersionsRequest";
var _DAVRe = "DescribeAddonVersionsResponse";
var _DAe = "DescribeAddon";
var _DC = "DurationConstraints";
var _DCA = "DeleteCertificateAuthority";
var _DCAR = "DeleteCertificateAuthorityRequest";
var _DCARe = "DeleteCertificateAuthorityResponse";
var _DCARes = "DescribeCertificateAuthorityRequest";
var _DCAResc = "DescribeCertificateAuthorityResponse";
var _DCAe = "DescribeCertificateAuthority";
var _DCR = "DeleteCapabilityRequest";
var _DCRe = "DeleteCapabilityResponse";
var _DCRel = "DeleteClusterRequest";
var _DCRele = "DeleteClusterResponse";
var _DCRer = "DeregisterClusterRequest";
var _DCRere = "DeregisterClusterResponse";
var _DCRes = "DescribeCapabilityRequest";
var _DCResc = "DescribeCapabilityResponse";
var _DCRescr = "DescribeClusterRequest";
var _DCRescri = "DescribeClusterResponse";
var _DCV = "DescribeClusterVersions";
var _DCVR = "DescribeClusterVersionsRequest";
var _DCVRe = "DescribeClusterVersionsResponse";
var _DCe = "DeleteCapability";
var _DCel = "DeleteCluster";
var _DCer = "DeregisterCluster";
var _DCes = "DescribeCapability";
var _DCesc = "DescribeCluster";
var _DD = "DeprecationDetail";
var _DDe = "DeprecationDetails";
var _DEAS = "DeleteEksAnywhereSubscription";
var _DEASR = "DeleteEksAnywhereSubscriptionRequest";
var _DEASRe = "DeleteEksAnywhereSubscriptionResponse";
var _DEASRes = "DescribeEksAnywhereSubscriptionRequest";
var _DEASResc = "DescribeEksAnywhereSubscriptionResponse";
var _DEASe = "DescribeEksAnywhereSubscription";
var _DFP = "DeleteFargateProfile";
var _DFPR = "DeleteFargateProfileRequest";
var _DFPRe = "DeleteFargateProfileResponse";
var _DFPRes = "DescribeFargateProfileRequest";
var _DFPResc = "DescribeFargateProfileResponse";
var _DFPe = "DescribeFargateProfile";
var _DI = "DescribeInsight";
var _DIPC = "DescribeIdentityProviderConfig";
var _DIPCR = "DescribeIdentityProviderConfigRequest";
var _DIPCRe = "DescribeIdentityProviderConfigResponse";
var _DIPCRi = "DisassociateIdentityProviderConfigRequest";
var _DIPCRis = "DisassociateIdentityProviderConfigResponse";
var _DIPCi = "DisassociateIdentityProviderConfig";
var _DIR = "DescribeInsightRequest";
var _DIRR = "DescribeInsightsRefreshRequest";
var _DIRRe = "DescribeInsightsRefreshResponse";
var _DIRe = "DescribeInsightResponse";
var _DIRes = "DescribeInsightsRefresh";
var _DN = "DeleteNodegroup";
var _DNR = "DeleteNodegroupRequest";
var _DNRe = "DeleteNodegroupResponse";
var _DNRes = "DescribeNodegroupRequest";
var _DNResc = "DescribeNodegroupResponse";
var _DNe = "DescribeNodegroup";
var _DPC = "DurationParameterConfig";
var _DPIA = "DeletePodIdentityAssociation";
var _DPIAR = "DeletePodIdentityAssociationRequest";
var _DPIARe = "DeletePodIdentityAssociationResponse";
var _DPIARes = "DescribePodIdentityAssociationRequest";
var _DPIAResc = "DescribePodIdentityAssociationResponse";
var _DPIAe = "DescribePodIdentityAssociation";
var _DU = "DescribeUpdate";
var _DUR = "DescribeUpdateRequest";
var _DURe = "DescribeUpdateResponse";
var _EAS = "EksAnywhereSubscription";
var _EASL = "EksAnywhereSubscriptionList";
var _EAST = "EksAnywhereSubscriptionTerm";
var _EC = "EncryptionConfig";
var _ECL = "EncryptionConfigList";
var _ED = "ErrorDetail";
var _EDr = "ErrorDetails";
var _ELB = "ElasticLoadBalancing";
var _EPR = "EtcdPlacementRequest";
var _EPRt = "EtcdPlacementResponse";
var _FP = "FargateProfile";
var _FPH = "FargateProfileHealth";
var _FPI = "FargateProfileIssue";
var _FPIL = "FargateProfileIssueList";
var _FPS = "FargateProfileSelector";
var _FPSa = "FargateProfileSelectors";
var _GAC = "GatewayApiConfiguration";
var _HPACCR = "HorizontalPodAutoscalerControllerConfigRequest";
var _HPACCRo = "HorizontalPodAutoscalerControllerConfigResponse";
var _HPACVC = "HorizontalPodAutoscalerControllerVersionConfig";
var _I = "Identity";
var _IC = "IntegerConstraints";
var _ICSS = "InsightCategorySpecificSummary";
var _IF = "InsightsFilter";
var _IL = "IssueList";
var _IPC = "IdentityProviderConfig";
var _IPCR = "IdentityProviderConfigResponse";
var _IPCd = "IdentityProviderConfigs";
var _IPCn = "IntegerParameterConfig";
var _IPE = "InvalidParameterException";
var _IRC = "IntegerRangeConstraint";
var _IRD = "InsightResourceDetail";
var _IRDn = "InsightResourceDetails";
var _IRE = "InvalidRequestException";
var _IS = "InsightStatus";
var _ISE = "InvalidStateException";
var _ISn = "InsightSummary";
var _ISns = "InsightSummaries";
var _In = "Insight";
var _Is = "Issue";
var _KASCR = "KubeApiServerConfigRequest";
var _KASCRu = "KubeApiServerConfigResponse";
var _KASVC = "KubeApiServerVersionConfig";
var _KCMCR = "KubeControllerManagerConfigRequest";
var _KCMCRu = "KubeControllerManagerConfigResponse";
var _KCMVC = "KubeControllerManagerVersionConfig";
var _KNCR = "KubernetesNetworkConfigRequest";
var _KNCRu = "KubernetesNetworkConfigResponse";
var _KSCR = "KubeSchedulerConfigRequest";
var _KSCRu = "KubeSchedulerConfigResponse";
var _KSVC = "KubeSchedulerVersionConfig";
var _L = "License";
var _LA = "ListAddons";
var _LAAP = "ListAssociatedAccessPolicies";
var _LAAPR = "ListAssociatedAccessPoliciesRequest";
var _LAAPRi = "ListAssociatedAccessPoliciesResponse";
var _LAE = "ListAccessEntries";
var _LAER = "ListAccessEntriesRequest";
var _LAERi = "ListAccessEntriesResponse";
var _LAP = "ListAccessPolicies";
var _LAPR = "ListAccessPoliciesRequest";
var _LAPRi = "ListAccessPoliciesResponse";
var _LAR = "ListAddonsRequest";
var _LARi = "ListAddonsResponse";
var _LC = "ListCapabilities";
var _LCA = "ListCertificateAuthorities";
var _LCAR = "ListCertificateAuthoritiesRequest";
var _LCARi = "ListCertificateAuthoritiesResponse";
var _LCR = "ListCapabilitiesRequest";
var _LCRi = "ListCapabilitiesResponse";
var _LCRis = "ListClustersRequest";
var _LCRist = "ListClustersResponse";
var _LCi = "ListClusters";
var _LEAS = "ListEksAnywhereSubscriptions";
var _LEASR = "ListEksAnywhereSubscriptionsRequest";
var _LEASRi = "ListEksAnywhereSubscriptionsResponse";
var _LFP = "ListFargateProfiles";
var _LFPR = "ListFargateProfilesRequest";
var _LFPRi = "ListFargateProfilesResponse";
var _LI = "ListInsights";
var _LIPC = "ListIdentityProviderConfigs";
var _LIPCR = "ListIdentityProviderConfigsRequest";
var _LIPCRi = "ListIdentityProviderConfigsResponse";
var _LIR = "ListInsightsRequest";
var _LIRi = "ListInsightsResponse";
var _LL = "LicenseList";
var _LN = "ListNodegroups";
var _LNR = "ListNodegroupsRequest";
var _LNRi = "ListNodegroupsResponse";
var _LPIA = "ListPodIdentityAssociations";
var _LPIAR = "ListPodIdentityAssociationsRequest";
var _LPIARi = "ListPodIdentityAssociationsResponse";
var _LS = "LogSetup";
var _LSo = "LogSetups";
var _LTFR = "ListTagsForResource";
var _LTFRR = "ListTagsForResourceRequest";
var _LTFRRi = "ListTagsForResourceResponse";
var _LTS = "LaunchTemplateSpecification";
var _LU = "ListUpdates";
var _LUR = "ListUpdatesRequest";
var _LURi = "ListUpdatesResponse";
var _Lo = "Logging";
var _MI = "MarketplaceInformation";
var _N = "Nodegroup";
var _NFE = "NotFoundException";
var _NH = "NodegroupHealth";
var _NR = "NodegroupResources";
var _NRC = "NodeRepairConfig";
var _NRCO = "NodeRepairConfigOverrides";
var _NRCOL = "NodeRepairConfigOverridesList";
var _NRFC = "NodeResourcesFitConfig";
var _NRFVC = "NodeResourcesFitVersionConfig";
var _NSC = "NodegroupScalingConfig";
var _NUC = "NodegroupUpdateConfig";
var _OCR = "OutpostConfigRequest";
var _OCRu = "OutpostConfigResponse";
var _OIDC = "OIDC";
var _OIPC = "OidcIdentityProviderConfig";
var _OIPCR = "OidcIdentityProviderConfigRequest";
var _P = "Provider";
var _PGCCR = "PodGcControllerConfigRequest";
var _PGCCRo = "PodGcControllerConfigResponse";
var _PGCVC = "PodGcControllerVersionConfig";
var _PIA = "PodIdentityAssociation";
var _PIAS = "PodIdentityAssociationSummary";
var _PIASo = "PodIdentityAssociationSummaries";
var _PRC = "PortRangeConstraints";
var _PRPC = "PortRangeParameterConfig";
var _RAC = "RemoteAccessConfig";
var _RC = "ResourceConstraints";
var _RCR = "RegisterClusterRequest";
var _RCRe = "RegisterClusterResponse";
var _RCe = "RegisterCluster";
var _RCo = "RollbackConfig";
var _RIUE = "ResourceInUseException";
var _RLEE = "ResourceLimitExceededException";
var _RNCR = "RemoteNetworkConfigRequest";
var _RNCRe = "RemoteNetworkConfigResponse";
var _RNFE = "ResourceNotFoundException";
var _RNN = "RemoteNodeNetwork";
var _RNNL = "RemoteNodeNetworkList";
var _RPDE = "ResourcePropagationDelayException";
var _RPN = "RemotePodNetwork";
var _RPNL = "RemotePodNetworkList";
var _RW = "ResourceWeight";
var _RWL = "ResourceWeightList";
var _SCR = "StorageConfigRequest";
var _SCRt = "StorageConfigResponse";
var _SE = "ServerException";
var _SI = "SsoIdentity";
var _SIL = "SsoIdentityList";
var _SIR = "StartInsightsRefresh";
var _SIRR = "StartInsightsRefreshRequest";
var _SIRRt = "StartInsightsRefreshResponse";
var _SNPR = "ServiceNodePortRange";
var _SS = "ScoringStrategy";
var _SSC = "ScoringStrategyConfig";
var _SSCc = "ScoringStrategyConstraints";
var _SUE = "ServiceUnavailableException";
var _T = "Taint";
var _TE = "ThrottlingException";
var _TR = "TagResource";
var _TRR = "TagResourceRequest";
var _TRRa = "TagResourceResponse";
var _U = "Update";
var _UA = "UpdateAddon";
var _UAC = "UpdateAckConfig";
var _UACC = "UpdateArgoCdConfig";
var _UACR = "UpdateAccessConfigRequest";
var _UAE = "UpdateAccessEntry";
var _UAER = "UpdateAccessEntryRequest";
var _UAERp = "UpdateAccessEntryResponse";
var _UAR = "UpdateAddonRequest";
var _UARp = "UpdateAddonResponse";
var _UAZE = "UnsupportedAvailabilityZoneException";
var _UC = "UpdateCapability";
var _UCC = "UpdateCapabilityConfiguration";
var _UCCR = "UpdateClusterConfigRequest";
var _UCCRp = "UpdateClusterConfigResponse";
var _UCCp = "UpdateClusterConfig";
var _UCR = "UpdateCapabilityRequest";
var _UCRp = "UpdateCapabilityResponse";
var _UCV = "UpdateClusterVersion";
var _UCVR = "UpdateClusterVersionRequest";
var _UCVRp = "UpdateClusterVersionResponse";
var _UEAS = "UpdateEksAnywhereSubscription";
var _UEASR = "UpdateEksAnywhereSubscriptionRequest";
var _UEASRp = "UpdateEksAnywhereSubscriptionResponse";
var _ULP = "UpdateLabelsPayload";
var _UNC = "UpdateNodegroupConfig";
var _UNCR = "UpdateNodegroupConfigRequest";
var _UNCRp = "UpdateNodegroupConfigResponse";
var _UNV = "UpdateNodegroupVersion";
var _UNVR = "UpdateNodegroupVersionRequest";
var _UNVRp = "UpdateNodegroupVersionResponse";
var _UP = "UpdateParam";
var _UPIA = "UpdatePodIdentityAssociation";
var _UPIAR = "UpdatePodIdentityAssociationRequest";
var _UPIARp = "UpdatePodIdentityAssociationResponse";
var _UPR = "UpgradePolicyRequest";
var _UPRp = "UpgradePolicyResponse";
var _UPp = "UpdateParams";
var _UR = "UntagResource";
var _URM = "UpdateRoleMappings";
var _URR = "UntagResourceRequest";
var _URRn = "UntagResourceResponse";
var _UTP = "UpdateTaintsPayload";
var _VCR = "VpcConfigRequest";
var _VCRp = "VpcConfigResponse";
var _WPC = "WarmPoolConfig";
var _ZSCR = "ZonalShiftConfigRequest";
var _ZSCRo = "ZonalShiftConfigResponse";
var _a = "arn";
var _aA = "addonArn";
var _aAP = "associatedAccessPolicy";
var _aAPs = "associatedAccessPolicies";
var _aAc = "activatedAt";
var _aAs = "associatedAt";
var _aAss = "associationArn";
var _aB = "activatedBy";
var _aC = "argoCd";
var _aCD = "addonCompatibilityDetails";
var _aCc = "accessConfig";
var _aCct = "activationCode";
var _aE = "activationExpiry";
var _aEA = "accessEntryArn";
var _aEc = "accessEntry";
var _aEcc = "accessEntries";
var _aI = "awsIdc";
var _aIc = "activationId";
var _aId = "additionalInfo";
var _aIs = "associationId";
var _aM = "authenticationMode";
var _aN = "addonName";
var _aOUL = "addOrUpdateLabels";
var _aOURM = "addOrUpdateRoleMappings";
var _aOUT = "addOrUpdateTaints";
var _aP = "accessPolicies";
var _aPA = "associatedPolicyArn";
var _aR = "autoRenew";
var _aRC = "apiRequestConcurrency";
var _aS = "accessScope";
var _aSG = "autoScalingGroups";
var _aT = "amiType";
var _aV = "addonVersion";
var _aVd = "addonVersions";
var _aVl = "allowedValues";
var _ac = "ack";
var _act = "active";
var _ad = "addon";
var _add = "addons";
var _ar = "architecture";
var _as = "association";
var _ass = "associations";
var _bCCAP = "bootstrapClusterCreatorAdminPermissions";
var _bS = "blockStorage";
var _bSMA = "bootstrapSelfManagedAddons";
var _c = "client";
var _cA = "createdAt";
var _cAI = "certificateAuthorityId";
var _cAe = "certificateAuthority";
var _cAer = "certificateAuthorities";
var _cB = "createdBy";
var _cC = "connectorConfig";
var _cCo = "computeConfig";
var _cDSG = "clusterDatabaseSizeGb";
var _cI = "clientId";
var _cL = "clusterLogging";
var _cN = "clusterName";
var _cNa = "capabilityName";
var _cPCC = "controlPlaneComponentConfig";
var _cPCCO = "controlPlaneComponentConfigOverrides";
var _cPEM = "controlPlaneEgressMode";
var _cPIT = "controlPlaneInstanceType";
var _cPP = "controlPlanePlacement";
var _cPSC = "controlPlaneScalingConfig";
var _cPST = "controlPlaneScalingTiers";
var _cRT = "clientRequestToken";
var _cS = "clientStats";
var _cSGI = "clusterSecurityGroupId";
var _cSS = "categorySpecificSummary";
var _cSo = "configurationSchema";
var _cT = "computeTypes";
var _cTa = "capacityType";
var _cTl = "clusterType";
var _cV = "configurationValues";
var _cVl = "clusterVersion";
var _cVlu = "clusterVersions";
var _cVo = "compatibleVersions";
var _ca = "capability";
var _can = "cancellation";
var _cap = "capabilities";
var _cat = "category";
var _cate = "categories";
var _ci = "cidrs";
var _cl = "cluster";
var _clu = "clusters";
var _co = "code";
var _com = "compatibilities";
var _con = "configuration";
var _cons = "constraints";
var _cr = "crds";
var _d = "data";
var _dD = "deprecationDetails";
var _dN = "defaultNamespace";
var _dO = "defaultOnly";
var _dP = "deletionProtection";
var _dPP = "deletePropagationPolicy";
var _dPV = "defaultPlatformVersion";
var _dS = "disabledServices";
var _dST = "disableSessionTags";
var _dSe = "desiredSize";
var _dSi = "distributionStatus";
var _dSis = "diskSize";
var _dV = "defaultVersion";
var _dVe = "defaultValue";
var _de = "description";
var _du = "duration";
var _e = "error";
var _eA = "endedAt";
var _eC = "encryptionConfig";
var _eCN = "enableCrossNamespace";
var _eCr = "errorCode";
var _eD = "effectiveDate";
var _eDx = "expirationDate";
var _eI = "externalId";
var _eIT = "etcdInstanceType";
var _eLB = "elasticLoadBalancing";
var _eM = "errorMessage";
var _eOESD = "endOfExtendedSupportDate";
var _eOSSD = "endOfStandardSupportDate";
var _eP = "endpointPrefix";
var _ePA = "endpointPublicAccess";
var _ePAn = "endpointPrivateAccess";
var _ePt = "etcdPlacement";
var _eSK = "ec2SshKey";
var _eT = "eventTtl";
var _ef = "effect";
var _en = "enabled";
var _end = "endpoint";
var _er = "errors";
var _f = "filter";
var _fAA = "firstAutoActivation";
var _fAAi = "finalAutoActivation";
var _fP = "fargateProfile";
var _fPA = "fargateProfileArn";
var _fPN = "fargateProfileName";
var _fPNa = "fargateProfileNames";
var _fo = "force";
var _gA = "gatewayApi";
var _gC = "groupsClaim";
var _gN = "groupName";
var _gP = "groupsPrefix";
var _h = "health";
var _hE = "httpError";
var _hPACC = "horizontalPodAutoscalerControllerConfig";
var _hPASP = "horizontalPodAutoscalerSyncPeriod";
var _hQ = "httpQuery";
var _ht = "http";
var _i = "id";
var _iA = "includeAll";
var _iF = "ipFamily";
var _iIA = "idcInstanceArn";
var _iMAA = "idcManagedApplicationArn";
var _iPC = "identityProviderConfig";
var _iPCA = "identityProviderConfigArn";
var _iPCN = "identityProviderConfigName";
var _iPCd = "identityProviderConfigs";
var _iR = "idcRegion";
var _iS = "insightStatus";
var _iSn = "includeStatus";
var _iT = "instanceTypes";
var _iTd = "idempotencyToken";
var _iU = "issuerUrl";
var _id = "identities";
var _ide = "identity";
var _in = "insight";
var _inc = "include";
var _ins = "insights";
var _is = "issues";
var _iss = "issuer";
var _k = "key";
var _kA = "keyArn";
var _kASC = "kubeApiServerConfig";
var _kCMC = "kubeControllerManagerConfig";
var _kG = "kubernetesGroups";
var _kNC = "kubernetesNetworkConfig";
var _kPV = "kubernetesPatchVersion";
var _kRU = "kubernetesResourceUri";
var _kSC = "kubeSchedulerConfig";
var _kV = "kubernetesVersion";
var _kVu = "kubernetesVersions";
var _l = "logging";
var _lA = "licenseArns";
var _lQ = "licenseQuantity";
var _lRT = "lastRequestTime";
var _lRTa = "lastRefreshTime";
var _lT = "licenseType";
var _lTT = "lastTransitionTime";
var _lTa = "launchTemplate";
var _la = "labels";
var _li = "licenses";
var _m = "message";
var _mA = "modifiedAt";
var _mGPC = "maxGroupPreparedCapacity";
var _mI = "marketplaceInformation";
var _mP = "minPort";
var _mPNRC = "maxParallelNodesRepairedCount";
var _mPNRP = "maxParallelNodesRepairedPercentage";
var _mPa = "maxPort";
var _mR = "maxResults";
var _mRWTM = "minRepairWaitTimeMins";
var _mS = "minSize";
var _mSa = "maxSize";
var _mU = "maxUnavailable";
var _mUNTC = "maxUnhealthyNodeThresholdCount";
var _mUNTP = "maxUnhealthyNodeThresholdPercentage";
var _mUP = "maxUnavailablePercentage";
var _ma = "managed";
var _max = "max";
var _mi = "min";
var _n = "name";
var _nA = "networkAccess";
var _nAo = "notAfter";
var _nAod = "nodegroupArn";
var _nB = "notBefore";
var _nC = "namespaceConfig";
var _nMC = "nodeMonitoringCondition";
var _nN = "nodegroupName";
var _nORLD = "numberOfRequestsLast30Days";
var _nP = "nodePools";
var _nR = "nodeRole";
var _nRA = "nodeRoleArn";
var _nRC = "nodeRepairConfig";
var _nRCO = "nodeRepairConfigOverrides";
var _nRF = "nodeResourcesFit";
var _nT = "nextToken";
var _nUR = "nodeUnhealthyReason";
var _na = "namespaces";
var _nam = "namespace";
var _no = "nodegroup";
var _nod = "nodegroups";
var _o = "owner";
var _oA = "outpostArns";
var _oAw = "ownerArn";
var _oC = "outpostConfig";
var _oi = "oidc";
var _ow = "owners";
var _p = "publisher";
var _pA = "principalArn";
var _pAC = "publicAccessCidrs";
var _pAo = "policyArn";
var _pERA = "podExecutionRoleArn";
var _pGCC = "podGcControllerConfig";
var _pI = "productId";
var _pIA = "podIdentityAssociations";
var _pIC = "podIdentityConfiguration";
var _pS = "poolState";
var _pSRPS = "podSchedulingRatePerSecond";
var _pU = "productUrl";
var _pV = "platformVersion";
var _pVl = "platformVersions";
var _pa = "params";
var _po = "policy";
var _pr = "provider";
var _pre = "preserve";
var _pu = "publishers";
var _r = "role";
var _rA = "roleArn";
var _rASG = "remoteAccessSecurityGroup";
var _rAe = "remoteAccess";
var _rAep = "repairAction";
var _rAes = "resourceArn";
var _rAo = "rollbackAvailable";
var _rC = "requiresConfiguration";
var _rCe = "resolveConflicts";
var _rCeq = "requiredClaims";
var _rCo = "rollbackConfig";
var _rD = "releaseDate";
var _rI = "resourceIds";
var _rIP = "requiresIamPermissions";
var _rL = "removeLabels";
var _rMP = "recommendedManagedPolicies";
var _rNC = "remoteNetworkConfig";
var _rNN = "remoteNodeNetworks";
var _rOSI = "reuseOnScaleIn";
var _rPN = "remotePodNetworks";
var _rRM = "rbacRoleMappings";
var _rRMe = "removeRoleMappings";
var _rT = "removeTaints";
var _rV = "releaseVersion";
var _rVC = "resourcesVpcConfig";
var _rW = "replacedWith";
var _re = "reason";
var _rec = "recommendation";
var _res = "resources";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.eks";
var _sA = "serviceAccount";
var _sARA = "serviceAccountRoleArn";
var _sAt = "startedAt";
var _sC = "storageConfig";
var _sCc = "scalingConfig";
var _sE = "scheduledEvents";
var _sGI = "securityGroupIds";
var _sI = "subscriptionId";
var _sIC = "serviceIpv4Cidr";
var _sICe = "serviceIpv6Cidr";
var _sIu = "subnetIds";
var _sL = "spreadLevel";
var _sNPR = "serviceNodePortRange";
var _sS = "signingStatus";
var _sSG = "sourceSecurityGroups";
var _sSRV = "startServingReplacementVersion";
var _sSV = "stopServingVersion";
var _sSc = "scoringStrategy";
var _sT = "supportType";
var _sU = "serverUrl";
var _se = "server";
var _sel = "selectors";
var _st = "status";
var _sta = "statuses";
var _su = "subscription";
var _sub = "subnets";
var _subs = "subscriptions";
var _t = "tags";
var _tK = "tagKeys";
var _tL = "taintsList";
var _tM = "timeoutMinutes";
var _tN = "tierName";
var _tPGT = "terminatedPodGcThreshold";
var _tRA = "targetRoleArn";
var _ta = "taints";
var _te = "term";
var _ti = "tier";
var _to = "token";
var _ty = "type";
var _typ = "types";
var _u = "username";
var _uA = "userAgent";
var _uC = "updateConfig";
var _uCs = "usernameClaim";
var _uI = "updateId";
var _uIp = "updateIds";
var _uP = "upgradePolicy";
var _uPs = "usernamePrefix";
var _uS = "updateStrategy";
var _un = "unit";
var _up = "update";
var _us = "usage";
var _v = "version";
var _vI = "vpceIds";
var _vIp = "vpcId";
var _vS = "versionStatus";
var _vZ = "validZones";
var _va = "validity";
var _val = "value";
var _w = "weight";
var _wPC = "warmPoolConfig";
var _zSC = "zonalShiftConfig";
var n0 = "com.amazonaws.eks";
var _s_registry = new TypeRegistry(_s);
var EKSServiceException$ = [-3, _s, "EKSServiceException", 0, [], []];
_s_registry.registerError(EKSServiceException$, EKSServiceException);
var n0_registry = new TypeRegistry(n0);
var AccessDeniedException$ = [
  -3,
  n0,
  _ADE,
  { [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
var BadRequestException$ = [
  -3,
  n0,
  _BRE,
  { [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(BadRequestException$, BadRequestException);
var ClientException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c, [_hE]: 400 },
  [_cN, _nN, _aN, _sI, _m],
  [0, 0, 0, 0, 0]
];
n0_registry.registerError(ClientException$, ClientException);
var InvalidParameterException$ = [
  -3,
  n0,
  _IPE,
  { [_e]: _c, [_hE]: 400 },
  [_cN, _nN, _fPN, _aN, _sI, _m],
  [0, 0, 0, 0, 0, 0]
];
n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
var InvalidRequestException$ = [
  -3,
  n0,
  _IRE,
  { [_e]: _c, [_hE]: 400 },
  [_cN, _nN, _aN, _sI, _m],
  [0, 0, 0, 0, 0]
];
n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
var InvalidStateException$ = [
  -3,
  n0,
  _ISE,
  { [_e]: _c, [_hE]: 400 },
  [_cN, _m],
  [0, 0]
];
n0_registry.registerError(InvalidStateException$, InvalidStateException);
var NotFoundException$ = [
  -3,
  n0,
  _NFE,
  { [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NotFoundException$, NotFoundException);
var ResourceInUseException$ = [
  -3,
  n0,
  _RIUE,
  { [_e]: _c, [_hE]: 409 },
  [_cN, _nN, _aN, _m],
  [0, 0, 0, 0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceLimitExceededException$ = [
  -3,
  n0,
  _RLEE,
  { [_e]: _c, [_hE]: 400 },
  [_cN, _nN, _sI, _m],
  [0, 0, 0, 0]
];
n0_registry.registerError(ResourceLimitExceededException$, ResourceLimitExceededException);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_e]: _c, [_hE]: 404 },
  [_cN, _nN, _fPN, _aN, _sI, _m],
  [0, 0, 0, 0, 0, 0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourcePropagationDelayException$ = [
  -3,
  n0,
  _RPDE,
  { [_e]: _c, [_hE]: 428 },
  [_m],
  [0]
];
n0_registry.registerError(ResourcePropagationDelayException$, ResourcePropagationDelayException);
var ServerException$ = [
  -3,
  n0,
  _SE,
  { [_e]: _se, [_hE]: 500 },
  [_cN, _nN, _aN, _sI, _m],
  [0, 0, 0, 0, 0]
];
n0_registry.registerError(ServerException$, ServerException);
var ServiceUnavailableException$ = [
  -3,
  n0,
  _SUE,
  { [_e]: _se, [_hE]: 503 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
var ThrottlingException$ = [
  -3,
  n0,
  _TE,
  { [_e]: _c, [_hE]: 429 },
  [_cN, _m],
  [0, 0]
];
n0_registry.registerError(ThrottlingException$, ThrottlingException);
var UnsupportedAvailabilityZoneException$ = [
  -3,
  n0,
  _UAZE,
  { [_e]: _c, [_hE]: 400 },
  [_m, _cN, _nN, _vZ],
  [0, 0, 0, 64 | 0]
];
n0_registry.registerError(UnsupportedAvailabilityZoneException$, UnsupportedAvailabilityZoneException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AccessConfigResponse$ = [
  3,
  n0,
  _ACR,
  0,
  [_bCCAP, _aM],
  [2, 0]
];
var AccessEntry$ = [
  3,
  n0,
  _AE,
  0,
  [_cN, _pA, _kG, _aEA, _cA, _mA, _t, _u, _ty],
  [0, 0, 64 | 0, 0, 4, 4, 128 | 0, 0, 0]
];
var AccessPolicy$ = [
  3,
  n0,
  _AP,
  0,
  [_n, _a],
  [0, 0]
];
var AccessScope$ = [
  3,
  n0,
  _AS,
  0,
  [_ty, _na],
  [0, 64 | 0]
];
var AckConfigRequest$ = [
  3,
  n0,
  _ACRc,
  0,
  [_eCN, _dS],
  [2, 64 | 0]
];
var AckConfigResponse$ = [
  3,
  n0,
  _ACRck,
  0,
  [_eCN, _dS],
  [2, 64 | 0]
];
var ActivateCertificateAuthorityRequest$ = [
  3,
  n0,
  _ACAR,
  0,
  [_cN, _cAI, _cRT],
  [[0, 1], [0, 1], [0, 4]],
  2
];
var ActivateCertificateAuthorityResponse$ = [
  3,
  n0,
  _ACARc,
  0,
  [_up, _cAe],
  [() => Update$, () => CertificateAuthoritySummary$]
];
var ActiveCertificateAuthority$ = [
  3,
  n0,
  _ACA,
  0,
  [_i, _aB],
  [0, 0]
];
var Addon$ = [
  3,
  n0,
  _A,
  0,
  [_aN, _cN, _st, _aV, _h, _aA, _cA, _mA, _sARA, _t, _p, _o, _mI, _cV, _pIA, _nC],
  [0, 0, 0, 0, () => AddonHealth$, 0, 4, 4, 0, 128 | 0, 0, 0, () => MarketplaceInformation$, 0, 64 | 0, () => AddonNamespaceConfigResponse$]
];
var AddonCompatibilityDetail$ = [
  3,
  n0,
  _ACD,
  0,
  [_n, _cVo],
  [0, 64 | 0]
];
var AddonHealth$ = [
  3,
  n0,
  _AH,
  0,
  [_is],
  [() => AddonIssueList]
];
var AddonInfo$ = [
  3,
  n0,
  _AI,
  0,
  [_aN, _ty, _aVd, _p, _o, _mI, _dN],
  [0, 0, () => AddonVersionInfoList, 0, 0, () => MarketplaceInformation$, 0]
];
var AddonIssue$ = [
  3,
  n0,
  _AId,
  0,
  [_co, _m, _rI],
  [0, 0, 64 | 0]
];
var AddonNamespaceConfigRequest$ = [
  3,
  n0,
  _ANCR,
  0,
  [_nam],
  [0]
];
var AddonNamespaceConfigResponse$ = [
  3,
  n0,
  _ANCRd,
  0,
  [_nam],
  [0]
];
var AddonPodIdentityAssociations$ = [
  3,
  n0,
  _APIA,
  0,
  [_sA, _rA],
  [0, 0],
  2
];
var AddonPodIdentityConfiguration$ = [
  3,
  n0,
  _APIC,
  0,
  [_sA, _rMP],
  [0, 64 | 0]
];
var AddonVersionInfo$ = [
  3,
  n0,
  _AVI,
  0,
  [_aV, _ar, _cT, _com, _rC, _rIP],
  [0, 64 | 0, 64 | 0, () => Compatibilities, 2, 2]
];
var AllowedValuesConstraint$ = [
  3,
  n0,
  _AVC,
  0,
  [_aVl],
  [64 | 0]
];
var ArgoCdAwsIdcConfigRequest$ = [
  3,
  n0,
  _ACAICR,
  0,
  [_iIA, _iR],
  [0, 0],
  1
];
var ArgoCdAwsIdcConfigResponse$ = [
  3,
  n0,
  _ACAICRr,
  0,
  [_iIA, _iR, _iMAA],
  [0, 0, 0]
];
var ArgoCdConfigRequest$ = [
  3,
  n0,
  _ACCR,
  0,
  [_aI, _nam, _rRM, _nA, _eP],
  [() => ArgoCdAwsIdcConfigRequest$, 0, () => ArgoCdRoleMappingList, () => ArgoCdNetworkAccessConfigRequest$, 0],
  1
];
var ArgoCdConfigResponse$ = [
  3,
  n0,
  _ACCRr,
  0,
  [_nam, _aI, _rRM, _nA, _sU, _eP],
  [0, () => ArgoCdAwsIdcConfigResponse$, () => ArgoCdRoleMappingList, () => ArgoCdNetworkAccessConfigResponse$, 0, 0]
];
var ArgoCdNetworkAccessConfigRequest$ = [
  3,
  n0,
  _ACNACR,
  0,
  [_vI],
  [64 | 0]
];
var ArgoCdNetworkAccessConfigResponse$ = [
  3,
  n0,
  _ACNACRr,
  0,
  [_vI],
  [64 | 0]
];
var ArgoCdRoleMapping$ = [
  3,
  n0,
  _ACRM,
  0,
  [_r, _id],
  [0, () => SsoIdentityList],
  2
];
var AssociateAccessPolicyRequest$ = [
  3,
  n0,
  _AAPR,
  0,
  [_cN, _pA, _pAo, _aS],
  [[0, 1], [0, 1], 0, () => AccessScope$],
  4
];
var AssociateAccessPolicyResponse$ = [
  3,
  n0,
  _AAPRs,
  0,
  [_cN, _pA, _aAP],
  [0, 0, () => AssociatedAccessPolicy$]
];
var AssociatedAccessPolicy$ = [
  3,
  n0,
  _AAP,
  0,
  [_pAo, _aS, _aAs, _mA],
  [0, () => AccessScope$, 4, 4]
];
var AssociateEncryptionConfigRequest$ = [
  3,
  n0,
  _AECR,
  0,
  [_cN, _eC, _cRT],
  [[0, 1], () => EncryptionConfigList, [0, 4]],
  2
];
var AssociateEncryptionConfigResponse$ = [
  3,
  n0,
  _AECRs,
  0,
  [_up],
  [() => Update$]
];
var AssociateIdentityProviderConfigRequest$ = [
  3,
  n0,
  _AIPCR,
  0,
  [_cN, _oi, _t, _cRT],
  [[0, 1], () => OidcIdentityProviderConfigRequest$, 128 | 0, [0, 4]],
  2
];
var AssociateIdentityProviderConfigResponse$ = [
  3,
  n0,
  _AIPCRs,
  0,
  [_up, _t],
  [() => Update$, 128 | 0]
];
var AutoScalingGroup$ = [
  3,
  n0,
  _ASG,
  0,
  [_n],
  [0]
];
var BlockStorage$ = [
  3,
  n0,
  _BS,
  0,
  [_en],
  [2]
];
var Cancellation$ = [
  3,
  n0,
  _C,
  0,
  [_st, _re],
  [0, 0]
];
var CancelUpdateRequest$ = [
  3,
  n0,
  _CUR,
  0,
  [_n, _uI, _cRT],
  [[0, 1], [0, 1], [0, 4]],
  2
];
var CancelUpdateResponse$ = [
  3,
  n0,
  _CURa,
  0,
  [_up],
  [() => Update$]
];
var Capability$ = [
  3,
  n0,
  _Ca,
  0,
  [_cNa, _a, _cN, _ty, _rA, _st, _v, _con, _t, _h, _cA, _mA, _dPP],
  [0, 0, 0, 0, 0, 0, 0, () => CapabilityConfigurationResponse$, 128 | 0, () => CapabilityHealth$, 4, 4, 0]
];
var CapabilityConfigurationRequest$ = [
  3,
  n0,
  _CCR,
  0,
  [_aC, _ac],
  [() => ArgoCdConfigRequest$, () => AckConfigRequest$]
];
var CapabilityConfigurationResponse$ = [
  3,
  n0,
  _CCRa,
  0,
  [_aC, _ac],
  [() => ArgoCdConfigResponse$, () => AckConfigResponse$]
];
var CapabilityHealth$ = [
  3,
  n0,
  _CH,
  0,
  [_is],
  [() => CapabilityIssueList]
];
var CapabilityIssue$ = [
  3,
  n0,
  _CI,
  0,
  [_co, _m],
  [0, 0]
];
var CapabilitySummary$ = [
  3,
  n0,
  _CS,
  0,
  [_cNa, _a, _ty, _st, _v, _cA, _mA],
  [0, 0, 0, 0, 0, 4, 4]
];
var Certificate$ = [
  3,
  n0,
  _Ce,
  0,
  [_d, _act],
  [0, () => ActiveCertificateAuthority$]
];
var CertificateAuthority$ = [
  3,
  n0,
  _CA,
  0,
  [_i, _cA, _cB, _aAc, _aB, _sS, _dSi, _va, _sE, _rAo, _d],
  [0, 4, 0, 4, 0, 0, 0, () => CertificateAuthorityValidity$, () => CertificateAuthorityScheduledEvents$, 2, 0]
];
var CertificateAuthorityScheduledEvents$ = [
  3,
  n0,
  _CASE,
  0,
  [_fAA, _fAAi],
  [4, 4]
];
var CertificateAuthoritySummary$ = [
  3,
  n0,
  _CAS,
  0,
  [_i, _cA, _cB, _aAc, _aB, _sS, _dSi],
  [0, 4, 0, 4, 0, 0, 0]
];
var CertificateAuthorityValidity$ = [
  3,
  n0,
  _CAV,
  0,
  [_nB, _nAo],
  [4, 4]
];
var ClientStat$ = [
  3,
  n0,
  _CSl,
  0,
  [_uA, _nORLD, _lRT],
  [0, 1, 4]
];
var Cluster$ = [
  3,
  n0,
  _Cl,
  0,
  [_n, _a, _cA, _v, _end, _rA, _rVC, _kNC, _l, _ide, _st, _cAe, _cRT, _pV, _t, _eC, _cC, _i, _h, _oC, _aCc, _uP, _zSC, _rNC, _cCo, _sC, _dP, _cPSC, _kASC, _kSC, _kCMC],
  [0, 0, 4, 0, 0, 0, () => VpcConfigResponse$, () => KubernetesNetworkConfigResponse$, () => Logging$, () => Identity$, 0, () => Certificate$, 0, 0, 128 | 0, () => EncryptionConfigList, () => ConnectorConfigResponse$, 0, () => ClusterHealth$, () => OutpostConfigResponse$, () => AccessConfigResponse$, () => UpgradePolicyResponse$, () => ZonalShiftConfigResponse$, () => RemoteNetworkConfigResponse$, () => ComputeConfigResponse$, () => StorageConfigResponse$, 2, () => ControlPlaneScalingConfig$, () => KubeApiServerConfigResponse$, () => KubeSchedulerConfigResponse$, () => KubeControllerManagerConfigResponse$]
];
var ClusterHealth$ = [
  3,
  n0,
  _CHl,
  0,
  [_is],
  [() => ClusterIssueList]
];
var ClusterIssue$ = [
  3,
  n0,
  _CIl,
  0,
  [_co, _m, _rI],
  [0, 0, 64 | 0]
];
var ClusterVersionInformation$ = [
  3,
  n0,
  _CVI,
  0,
  [_cVl, _cTl, _dPV, _dV, _rD, _eOSSD, _eOESD, _st, _vS, _kPV, _cPST, _cPCC],
  [0, 0, 0, 2, 4, 4, 4, 0, 0, 0, () => ControlPlaneScalingTierList, () => ControlPlaneConfigInfo$]
];
var Compatibility$ = [
  3,
  n0,
  _Co,
  0,
  [_cVl, _pVl, _dV],
  [0, 64 | 0, 2]
];
var ComputeConfigRequest$ = [
  3,
  n0,
  _CCRo,
  0,
  [_en, _nP, _nRA],
  [2, 64 | 0, 0]
];
var ComputeConfigResponse$ = [
  3,
  n0,
  _CCRom,
  0,
  [_en, _nP, _nRA],
  [2, 64 | 0, 0]
];
var ConnectorConfigRequest$ = [
  3,
  n0,
  _CCRon,
  0,
  [_rA, _pr],
  [0, 0],
  2
];
var ConnectorConfigResponse$ = [
  3,
  n0,
  _CCRonn,
  0,
  [_aIc, _aCct, _aE, _pr, _rA],
  [0, 0, 4, 0, 0]
];
var ControlPlaneConfigInfo$ = [
  3,
  n0,
  _CPCI,
  0,
  [_kASC, _kSC, _kCMC],
  [() => KubeApiServerVersionConfig$, () => KubeSchedulerVersionConfig$, () => KubeControllerManagerVersionConfig$]
];
var ControlPlanePlacementRequest$ = [
  3,
  n0,
  _CPPR,
  0,
  [_gN, _sL],
  [0, 0]
];
var ControlPlanePlacementResponse$ = [
  3,
  n0,
  _CPPRo,
  0,
  [_gN, _sL],
  [0, 0]
];
var ControlPlaneScalingConfig$ = [
  3,
  n0,
  _CPSC,
  0,
  [_ti],
  [0]
];
var ControlPlaneScalingTierInfo$ = [
  3,
  n0,
  _CPSTI,
  0,
  [_tN, _aRC, _pSRPS, _cDSG, _cPCCO],
  [0, 1, 1, 1, () => ControlPlaneConfigInfo$]
];
var CrdManagementConfiguration$ = [
  3,
  n0,
  _CMC,
  0,
  [_ma],
  [2]
];
var CreateAccessConfigRequest$ = [
  3,
  n0,
  _CACR,
  0,
  [_bCCAP, _aM],
  [2, 0]
];
var CreateAccessEntryRequest$ = [
  3,
  n0,
  _CAER,
  0,
  [_cN, _pA, _kG, _t, _cRT, _u, _ty],
  [[0, 1], 0, 64 | 0, 128 | 0, [0, 4], 0, 0],
  2
];
var CreateAccessEntryResponse$ = [
  3,
  n0,
  _CAERr,
  0,
  [_aEc],
  [() => AccessEntry$]
];
var CreateAddonRequest$ = [
  3,
  n0,
  _CAR,
  0,
  [_cN, _aN, _aV, _sARA, _rCe, _cRT, _t, _cV, _pIA, _nC],
  [[0, 1], 0, 0, 0, 0, [0, 4], 128 | 0, 0, () => AddonPodIdentityAssociationsList, () => AddonNamespaceConfigRequest$],
  2
];
var CreateAddonResponse$ = [
  3,
  n0,
  _CARr,
  0,
  [_ad],
  [() => Addon$]
];
var CreateCapabilityRequest$ = [
  3,
  n0,
  _CCRr,
  0,
  [_cNa, _cN, _ty, _rA, _dPP, _cRT, _con, _t],
  [0, [0, 1], 0, 0, 0, [0, 4], () => CapabilityConfigurationRequest$, 128 | 0],
  5
];
var CreateCapabilityResponse$ = [
  3,
  n0,
  _CCRre,
  0,
  [_ca],
  [() => Capability$]
];
var CreateCertificateAuthorityRequest$ = [
  3,
  n0,
  _CCAR,
  0,
  [_cN, _cRT],
  [[0, 1], [0, 4]],
  1
];
var CreateCertificateAuthorityResponse$ = [
  3,
  n0,
  _CCARr,
  0,
  [_up, _cAe],
  [() => Update$, () => CertificateAuthoritySummary$]
];
var CreateClusterRequest$ = [
  3,
  n0,
  _CCRrea,
  0,
  [_n, _rA, _rVC, _v, _kNC, _l, _cRT, _t, _eC, _oC, _aCc, _bSMA, _uP, _zSC, _rNC, _cCo, _sC, _dP, _cPSC, _kASC, _kSC, _kCMC],
  [0, 0, () => VpcConfigRequest$, 0, () => KubernetesNetworkConfigRequest$, () => Logging$, [0, 4], 128 | 0, () => EncryptionConfigList, () => OutpostConfigRequest$, () => CreateAccessConfigRequest$, 2, () => UpgradePolicyRequest$, () => ZonalShiftConfigRequest$, () => RemoteNetworkConfigRequest$, () => ComputeConfigRequest$, () => StorageConfigRequest$, 2, () => ControlPlaneScalingConfig$, () => KubeApiServerConfigRequest$, () => KubeSchedulerConfigRequest$, () => KubeControllerManagerConfigRequest$],
  3
];
var CreateClusterResponse$ = [
  3,
  n0,
  _CCRreat,
  0,
  [_cl],
  [() => Cluster$]
];
var CreateEksAnywhereSubscriptionRequest$ = [
  3,
  n0,
  _CEASR,
  0,
  [_n, _te, _lQ, _lT, _aR, _cRT, _t],
  [0, () => EksAnywhereSubscriptionTerm$, 1, 0, 2, [0, 4], 128 | 0],
  2
];
var CreateEksAnywhereSubscriptionResponse$ = [
  3,
  n0,
  _CEASRr,
  0,
  [_su],
  [() => EksAnywhereSubscription$]
];
var CreateFargateProfileRequest$ = [
  3,
  n0,
  _CFPR,
  0,
  [_fPN, _cN, _pERA, _sub, _sel, _cRT, _t],
  [0, [0, 1], 0, 64 | 0, () => FargateProfileSelectors, [0, 4], 128 | 0],
  3
];
var CreateFargateProfileResponse$ = [
  3,
  n0,
  _CFPRr,
  0,
  [_fP],
  [() => FargateProfile$]
];
var CreateNodegroupRequest$ = [
  3,
  n0,
  _CNR,
  0,
  [_cN, _nN, _sub, _nR, _sCc, _dSis, _iT, _aT, _rAe, _la, _ta, _t, _cRT, _lTa, _uC, _nRC, _cTa, _v, _rV, _wPC],
  [[0, 1], 0, 64 | 0, 0, () => NodegroupScalingConfig$, 1, 64 | 0, 0, () => RemoteAccessConfig$, 128 | 0, () => taintsList, 128 | 0, [0, 4], () => LaunchTemplateSpecification$, () => NodegroupUpdateConfig$, () => NodeRepairConfig$, 0, 0, 0, () => WarmPoolConfig$],
  4
];
var CreateNodegroupResponse$ = [
  3,
  n0,
  _CNRr,
  0,
  [_no],
  [() => Nodegroup$]
];
var CreatePodIdentityAssociationRequest$ = [
  3,
  n0,
  _CPIAR,
  0,
  [_cN, _nam, _sA, _rA, _cRT, _t, _dST, _tRA, _po],
  [[0, 1], 0, 0, 0, [0, 4], 128 | 0, 2, 0, 0],
  4
];
var CreatePodIdentityAssociationResponse$ = [
  3,
  n0,
  _CPIARr,
  0,
  [_as],
  [() => PodIdentityAssociation$]
];
var DeleteAccessEntryRequest$ = [
  3,
  n0,
  _DAER,
  0,
  [_cN, _pA],
  [[0, 1], [0, 1]],
  2
];
var DeleteAccessEntryResponse$ = [
  3,
  n0,
  _DAERe,
  0,
  [],
  []
];
var DeleteAddonRequest$ = [
  3,
  n0,
  _DAR,
  0,
  [_cN, _aN, _pre],
  [[0, 1], [0, 1], [2, { [_hQ]: _pre }]],
  2
];
var DeleteAddonResponse$ = [
  3,
  n0,
  _DARe,
  0,
  [_ad],
  [() => Addon$]
];
var DeleteCapabilityRequest$ = [
  3,
  n0,
  _DCR,
  0,
  [_cN, _cNa],
  [[0, 1], [0, 1]],
  2
];
var DeleteCapabilityResponse$ = [
  3,
  n0,
  _DCRe,
  0,
  [_ca],
  [() => Capability$]
];
var DeleteCertificateAuthorityRequest$ = [
  3,
  n0,
  _DCAR,
  0,
  [_cN, _cAI, _cRT],
  [[0, 1], [0, 1], [0, { [_hQ]: _cRT, [_iTd]: 1 }]],
  2
];
var DeleteCertificateAuthorityResponse$ = [
  3,
  n0,
  _DCARe,
  0,
  [_up, _cAe],
  [() => Update$, () => CertificateAuthoritySummary$]
];
var DeleteClusterRequest$ = [
  3,
  n0,
  _DCRel,
  0,
  [_n],
  [[0, 1]],
  1
];
var DeleteClusterResponse$ = [
  3,
  n0,
  _DCRele,
  0,
  [_cl],
  [() => Cluster$]
];
var DeleteEksAnywhereSubscriptionRequest$ = [
  3,
  n0,
  _DEASR,
  0,
  [_i],
  [[0, 1]],
  1
];
var DeleteEksAnywhereSubscriptionResponse$ = [
  3,
  n0,
  _DEASRe,
  0,
  [_su],
  [() => EksAnywhereSubscription$]
];
var DeleteFargateProfileRequest$ = [
  3,
  n0,
  _DFPR,
  0,
  [_cN, _fPN],
  [[0, 1], [0, 1]],
  2
];
var DeleteFargateProfileResponse$ = [
  3,
  n0,
  _DFPRe,
  0,
  [_fP],
  [() => FargateProfile$]
];
var DeleteNodegroupRequest$ = [
  3,
  n0,
  _DNR,
  0,
  [_cN, _nN],
  [[0, 1], [0, 1]],
  2
];
var DeleteNodegroupResponse$ = [
  3,
  n0,
  _DNRe,
  0,
  [_no],
  [() => Nodegroup$]
];
var DeletePodIdentityAssociationRequest$ = [
  3,
  n0,
  _DPIAR,
  0,
  [_cN, _aIs],
  [[0, 1], [0, 1]],
  2
];
var DeletePodIdentityAssociationResponse$ = [
  3,
  n0,
  _DPIARe,
  0,
  [_as],
  [() => PodIdentityAssociation$]
];
var DeprecationDetail$ = [
  3,
  n0,
  _DD,
  0,
  [_us, _rW, _sSV, _sSRV, _cS],
  [0, 0, 0, 0, () => ClientStats]
];
var DeregisterClusterRequest$ = [
  3,
  n0,
  _DCRer,
  0,
  [_n],
  [[0, 1]],
  1
];
var DeregisterClusterResponse$ = [
  3,
  n0,
  _DCRere,
  0,
  [_cl],
  [() => Cluster$]
];
var DescribeAccessEntryRequest$ = [
  3,
  n0,
  _DAERes,
  0,
  [_cN, _pA],
  [[0, 1], [0, 1]],
  2
];
var DescribeAccessEntryResponse$ = [
  3,
  n0,
  _DAEResc,
  0,
  [_aEc],
  [() => AccessEntry$]
];
var DescribeAddonConfigurationRequest$ = [
  3,
  n0,
  _DACR,
  0,
  [_aN, _aV],
  [[0, { [_hQ]: _aN }], [0, { [_hQ]: _aV }]],
  2
];
var DescribeAddonConfigurationResponse$ = [
  3,
  n0,
  _DACRe,
  0,
  [_aN, _aV, _cSo, _pIC],
  [0, 0, 0, () => AddonPodIdentityConfigurationList]
];
var DescribeAddonRequest$ = [
  3,
  n0,
  _DARes,
  0,
  [_cN, _aN],
  [[0, 1], [0, 1]],
  2
];
var DescribeAddonResponse$ = [
  3,
  n0,
  _DAResc,
  0,
  [_ad],
  [() => Addon$]
];
var DescribeAddonVersionsRequest$ = [
  3,
  n0,
  _DAVR,
  0,
  [_kV, _mR, _nT, _aN, _typ, _pu, _ow],
  [[0, { [_hQ]: _kV }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _aN }], [64 | 0, { [_hQ]: _typ }], [64 | 0, { [_hQ]: _pu }], [64 | 0, { [_hQ]: _ow }]]
];
var DescribeAddonVersionsResponse$ = [
  3,
  n0,
  _DAVRe,
  0,
  [_add, _nT],
  [() => Addons, 0]
];
var DescribeCapabilityRequest$ = [
  3,
  n0,
  _DCRes,
  0,
  [_cN, _cNa],
  [[0, 1], [0, 1]],
  2
];
var DescribeCapabilityResponse$ = [
  3,
  n0,
  _DCResc,
  0,
  [_ca],
  [() => Capability$]
];
var DescribeCertificateAuthorityRequest$ = [
  3,
  n0,
  _DCARes,
  0,
  [_cN, _cAI],
  [[0, 1], [0, 1]],
  2
];
var DescribeCertificateAuthorityResponse$ = [
  3,
  n0,
  _DCAResc,
  0,
  [_cAe],
  [() => CertificateAuthority$]
];
var DescribeClusterRequest$ = [
  3,
  n0,
  _DCRescr,
  0,
  [_n],
  [[0, 1]],
  1
];
var DescribeClusterResponse$ = [
  3,
  n0,
  _DCRescri,
  0,
  [_cl],
  [() => Cluster$]
];
var DescribeClusterVersionsRequest$ = [
  3,
  n0,
  _DCVR,
  0,
  [_cTl, _mR, _nT, _dO, _iA, _cVlu, _st, _vS],
  [[0, { [_hQ]: _cTl }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [2, { [_hQ]: _dO }], [2, { [_hQ]: _iA }], [64 | 0, { [_hQ]: _cVlu }], [0, { [_hQ]: _st }], [0, { [_hQ]: _vS }]]
];
var DescribeClusterVersionsResponse$ = [
  3,
  n0,
  _DCVRe,
  0,
  [_nT, _cVlu],
  [0, () => ClusterVersionList]
];
var DescribeEksAnywhereSubscriptionRequest$ = [
  3,
  n0,
  _DEASRes,
  0,
  [_i],
  [[0, 1]],
  1
];
var DescribeEksAnywhereSubscriptionResponse$ = [
  3,
  n0,
  _DEASResc,
  0,
  [_su],
  [() => EksAnywhereSubscription$]
];
var DescribeFargateProfileRequest$ = [
  3,
  n0,
  _DFPRes,
  0,
  [_cN, _fPN],
  [[0, 1], [0, 1]],
  2
];
var DescribeFargateProfileResponse$ = [
  3,
  n0,
  _DFPResc,
  0,
  [_fP],
  [() => FargateProfile$]
];
var DescribeIdentityProviderConfigRequest$ = [
  3,
  n0,
  _DIPCR,
  0,
  [_cN, _iPC],
  [[0, 1], () => IdentityProviderConfig$],
  2
];
var DescribeIdentityProviderConfigResponse$ = [
  3,
  n0,
  _DIPCRe,
  0,
  [_iPC],
  [() => IdentityProviderConfigResponse$]
];
var DescribeInsightRequest$ = [
  3,
  n0,
  _DIR,
  0,
  [_cN, _i],
  [[0, 1], [0, 1]],
  2
];
var DescribeInsightResponse$ = [
  3,
  n0,
  _DIRe,
  0,
  [_in],
  [() => Insight$]
];
var DescribeInsightsRefreshRequest$ = [
  3,
  n0,
  _DIRR,
  0,
  [_cN],
  [[0, 1]],
  1
];
var DescribeInsightsRefreshResponse$ = [
  3,
  n0,
  _DIRRe,
  0,
  [_m, _st, _sAt, _eA],
  [0, 0, 4, 4]
];
var DescribeNodegroupRequest$ = [
  3,
  n0,
  _DNRes,
  0,
  [_cN, _nN],
  [[0, 1], [0, 1]],
  2
];
var DescribeNodegroupResponse$ = [
  3,
  n0,
  _DNResc,
  0,
  [_no],
  [() => Nodegroup$]
];
var DescribePodIdentityAssociationRequest$ = [
  3,
  n0,
  _DPIARes,
  0,
  [_cN, _aIs],
  [[0, 1], [0, 1]],
  2
];
var DescribePodIdentityAssociationResponse$ = [
  3,
  n0,
  _DPIAResc,
  0,
  [_as],
  [() => PodIdentityAssociation$]
];
var DescribeUpdateRequest$ = [
  3,
  n0,
  _DUR,
  0,
  [_n, _uI, _nN, _aN, _cNa],
  [[0, 1], [0, 1], [0, { [_hQ]: _nN }], [0, { [_hQ]: _aN }], [0, { [_hQ]: _cNa }]],
  2
];
var DescribeUpdateResponse$ = [
  3,
  n0,
  _DURe,
  0,
  [_up],
  [() => Update$]
];
var DisassociateAccessPolicyRequest$ = [
  3,
  n0,
  _DAPR,
  0,
  [_cN, _pA, _pAo],
  [[0, 1], [0, 1], [0, 1]],
  3
];
var DisassociateAccessPolicyResponse$ = [
  3,
  n0,
  _DAPRi,
  0,
  [],
  []
];
var DisassociateIdentityProviderConfigRequest$ = [
  3,
  n0,
  _DIPCRi,
  0,
  [_cN, _iPC, _cRT],
  [[0, 1], () => IdentityProviderConfig$, [0, 4]],
  2
];
var DisassociateIdentityProviderConfigResponse$ = [
  3,
  n0,
  _DIPCRis,
  0,
  [_up],
  [() => Update$]
];
var DurationConstraints$ = [
  3,
  n0,
  _DC,
  0,
  [_mi, _max],
  [0, 0]
];
var DurationParameterConfig$ = [
  3,
  n0,
  _DPC,
  0,
  [_dVe, _cons],
  [0, () => DurationConstraints$]
];
var EksAnywhereSubscription$ = [
  3,
  n0,
  _EAS,
  0,
  [_i, _a, _cA, _eD, _eDx, _lQ, _lT, _te, _st, _aR, _lA, _li, _t],
  [0, 0, 4, 4, 4, 1, 0, () => EksAnywhereSubscriptionTerm$, 0, 2, 64 | 0, () => LicenseList, 128 | 0]
];
var EksAnywhereSubscriptionTerm$ = [
  3,
  n0,
  _EAST,
  0,
  [_du, _un],
  [1, 0]
];
var ElasticLoadBalancing$ = [
  3,
  n0,
  _ELB,
  0,
  [_en, _gA],
  [2, () => GatewayApiConfiguration$]
];
var EncryptionConfig$ = [
  3,
  n0,
  _EC,
  0,
  [_res, _pr],
  [64 | 0, () => Provider$]
];
var ErrorDetail$ = [
  3,
  n0,
  _ED,
  0,
  [_eCr, _eM, _rI],
  [0, 0, 64 | 0]
];
var EtcdPlacementRequest$ = [
  3,
  n0,
  _EPR,
  0,
  [_sL],
  [0]
];
var EtcdPlacementResponse$ = [
  3,
  n0,
  _EPRt,
  0,
  [_sL],
  [0]
];
var FargateProfile$ = [
  3,
  n0,
  _FP,
  0,
  [_fPN, _fPA, _cN, _cA, _pERA, _sub, _sel, _st, _t, _h],
  [0, 0, 0, 4, 0, 64 | 0, () => FargateProfileSelectors, 0, 128 | 0, () => FargateProfileHealth$]
];
var FargateProfileHealth$ = [
  3,
  n0,
  _FPH,
  0,
  [_is],
  [() => FargateProfileIssueList]
];
var FargateProfileIssue$ = [
  3,
  n0,
  _FPI,
  0,
  [_co, _m, _rI],
  [0, 0, 64 | 0]
];
var FargateProfileSelector$ = [
  3,
  n0,
  _FPS,
  0,
  [_nam, _la],
  [0, 128 | 0]
];
var GatewayApiConfiguration$ = [
  3,
  n0,
  _GAC,
  0,
  [_cr],
  [() => CrdManagementConfiguration$]
];
var HorizontalPodAutoscalerControllerConfigRequest$ = [
  3,
  n0,
  _HPACCR,
  0,
  [_hPASP],
  [0]
];
var HorizontalPodAutoscalerControllerConfigResponse$ = [
  3,
  n0,
  _HPACCRo,
  0,
  [_hPASP],
  [0]
];
var HorizontalPodAutoscalerControllerVersionConfig$ = [
  3,
  n0,
  _HPACVC,
  0,
  [_hPASP],
  [() => DurationParameterConfig$]
];
var Identity$ = [
  3,
  n0,
  _I,
  0,
  [_oi],
  [() => OIDC$]
];
var IdentityProviderConfig$ = [
  3,
  n0,
  _IPC,
  0,
  [_ty, _n],
  [0, 0],
  2
];
var IdentityProviderConfigResponse$ = [
  3,
  n0,
  _IPCR,
  0,
  [_oi],
  [() => OidcIdentityProviderConfig$]
];
var Insight$ = [
  3,
  n0,
  _In,
  0,
  [_i, _n, _cat, _kV, _lRTa, _lTT, _de, _iS, _rec, _aId, _res, _cSS],
  [0, 0, 0, 0, 4, 4, 0, () => InsightStatus$, 0, 128 | 0, () => InsightResourceDetails, () => InsightCategorySpecificSummary$]
];
var InsightCategorySpecificSummary$ = [
  3,
  n0,
  _ICSS,
  0,
  [_dD, _aCD],
  [() => DeprecationDetails, () => AddonCompatibilityDetails]
];
var InsightResourceDetail$ = [
  3,
  n0,
  _IRD,
  0,
  [_iS, _kRU, _a],
  [() => InsightStatus$, 0, 0]
];
var InsightsFilter$ = [
  3,
  n0,
  _IF,
  0,
  [_cate, _kVu, _sta],
  [64 | 0, 64 | 0, 64 | 0]
];
var InsightStatus$ = [
  3,
  n0,
  _IS,
  0,
  [_st, _re],
  [0, 0]
];
var InsightSummary$ = [
  3,
  n0,
  _ISn,
  0,
  [_i, _n, _cat, _kV, _lRTa, _lTT, _de, _iS],
  [0, 0, 0, 0, 4, 4, 0, () => InsightStatus$]
];
var IntegerConstraints$ = [
  3,
  n0,
  _IC,
  0,
  [_mi, _max],
  [1, 1]
];
var IntegerParameterConfig$ = [
  3,
  n0,
  _IPCn,
  0,
  [_dVe, _cons],
  [1, () => IntegerConstraints$]
];
var IntegerRangeConstraint$ = [
  3,
  n0,
  _IRC,
  0,
  [_mi, _max],
  [1, 1]
];
var Issue$ = [
  3,
  n0,
  _Is,
  0,
  [_co, _m, _rI],
  [0, 0, 64 | 0]
];
var KubeApiServerConfigRequest$ = [
  3,
  n0,
  _KASCR,
  0,
  [_eT, _sNPR],
  [0, () => ServiceNodePortRange$]
];
var KubeApiServerConfigResponse$ = [
  3,
  n0,
  _KASCRu,
  0,
  [_eT, _sNPR],
  [0, () => ServiceNodePortRange$]
];
var KubeApiServerVersionConfig$ = [
  3,
  n0,
  _KASVC,
  0,
  [_eT, _sNPR],
  [() => DurationParameterConfig$, () => PortRangeParameterConfig$]
];
var KubeControllerManagerConfigRequest$ = [
  3,
  n0,
  _KCMCR,
  0,
  [_pGCC, _hPACC],
  [() => PodGcControllerConfigRequest$, () => HorizontalPodAutoscalerControllerConfigRequest$]
];
var KubeControllerManagerConfigResponse$ = [
  3,
  n0,
  _KCMCRu,
  0,
  [_pGCC, _hPACC],
  [() => PodGcControllerConfigResponse$, () => HorizontalPodAutoscalerControllerConfigResponse$]
];
var KubeControllerManagerVersionConfig$ = [
  3,
  n0,
  _KCMVC,
  0,
  [_pGCC, _hPACC],
  [() => PodGcControllerVersionConfig$, () => HorizontalPodAutoscalerControllerVersionConfig$]
];
var KubernetesNetworkConfigRequest$ = [
  3,
  n0,
  _KNCR,
  0,
  [_sIC, _iF, _eLB],
  [0, 0, () => ElasticLoadBalancing$]
];
var KubernetesNetworkConfigResponse$ = [
  3,
  n0,
  _KNCRu,
  0,
  [_sIC, _sICe, _iF, _eLB],
  [0, 0, 0, () => ElasticLoadBalancing$]
];
var KubeSchedulerConfigRequest$ = [
  3,
  n0,
  _KSCR,
  0,
  [_nRF],
  [() => NodeResourcesFitConfig$]
];
var KubeSchedulerConfigResponse$ = [
  3,
  n0,
  _KSCRu,
  0,
  [_nRF],
  [() => NodeResourcesFitConfig$]
];
var KubeSchedulerVersionConfig$ = [
  3,
  n0,
  _KSVC,
  0,
  [_nRF],
  [() => NodeResourcesFitVersionConfig$]
];
var LaunchTemplateSpecification$ = [
  3,
  n0,
  _LTS,
  0,
  [_n, _v, _i],
  [0, 0, 0]
];
var License$ = [
  3,
  n0,
  _L,
  0,
  [_i, _to],
  [0, 0]
];
var ListAccessEntriesRequest$ = [
  3,
  n0,
  _LAER,
  0,
  [_cN, _aPA, _mR, _nT],
  [[0, 1], [0, { [_hQ]: _aPA }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var ListAccessEntriesResponse$ = [
  3,
  n0,
  _LAERi,
  0,
  [_aEcc, _nT],
  [64 | 0, 0]
];
var ListAccessPoliciesRequest$ = [
  3,
  n0,
  _LAPR,
  0,
  [_mR, _nT],
  [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
];
var ListAccessPoliciesResponse$ = [
  3,
  n0,
  _LAPRi,
  0,
  [_aP, _nT],
  [() => AccessPoliciesList, 0]
];
var ListAddonsRequest$ = [
  3,
  n0,
  _LAR,
  0,
  [_cN, _mR, _nT],
  [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var ListAddonsResponse$ = [
  3,
  n0,
  _LARi,
  0,
  [_add, _nT],
  [64 | 0, 0]
];
var ListAssociatedAccessPoliciesRequest$ = [
  3,
  n0,
  _LAAPR,
  0,
  [_cN, _pA, _mR, _nT],
  [[0, 1], [0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  2
];
var ListAssociatedAccessPoliciesResponse$ = [
  3,
  n0,
  _LAAPRi,
  0,
  [_cN, _pA, _nT, _aAPs],
  [0, 0, 0, () => AssociatedAccessPoliciesList]
];
var ListCapabilitiesRequest$ = [
  3,
  n0,
  _LCR,
  0,
  [_cN, _nT, _mR],
  [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
  1
];
var ListCapabilitiesResponse$ = [
  3,
  n0,
  _LCRi,
  0,
  [_cap, _nT],
  [() => CapabilitySummaryList, 0]
];
var ListCertificateAuthoritiesRequest$ = [
  3,
  n0,
  _LCAR,
  0,
  [_cN, _mR, _nT],
  [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var ListCertificateAuthoritiesResponse$ = [
  3,
  n0,
  _LCARi,
  0,
  [_cAer, _nT],
  [() => CertificateAuthoritySummaryList, 0]
];
var ListClustersRequest$ = [
  3,
  n0,
  _LCRis,
  0,
  [_mR, _nT, _inc],
  [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [64 | 0, { [_hQ]: _inc }]]
];
var ListClustersResponse$ = [
  3,
  n0,
  _LCRist,
  0,
  [_clu, _nT],
  [64 | 0, 0]
];
var ListEksAnywhereSubscriptionsRequest$ = [
  3,
  n0,
  _LEASR,
  0,
  [_mR, _nT, _iSn],
  [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [64 | 0, { [_hQ]: _iSn }]]
];
var ListEksAnywhereSubscriptionsResponse$ = [
  3,
  n0,
  _LEASRi,
  0,
  [_subs, _nT],
  [() => EksAnywhereSubscriptionList, 0]
];
var ListFargateProfilesRequest$ = [
  3,
  n0,
  _LFPR,
  0,
  [_cN, _mR, _nT],
  [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var ListFargateProfilesResponse$ = [
  3,
  n0,
  _LFPRi,
  0,
  [_fPNa, _nT],
  [64 | 0, 0]
];
var ListIdentityProviderConfigsRequest$ = [
  3,
  n0,
  _LIPCR,
  0,
  [_cN, _mR, _nT],
  [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var ListIdentityProviderConfigsResponse$ = [
  3,
  n0,
  _LIPCRi,
  0,
  [_iPCd, _nT],
  [() => IdentityProviderConfigs, 0]
];
var ListInsightsRequest$ = [
  3,
  n0,
  _LIR,
  0,
  [_cN, _f, _mR, _nT],
  [[0, 1], () => InsightsFilter$, 1, 0],
  1
];
var ListInsightsResponse$ = [
  3,
  n0,
  _LIRi,
  0,
  [_ins, _nT],
  [() => InsightSummaries, 0]
];
var ListNodegroupsRequest$ = [
  3,
  n0,
  _LNR,
  0,
  [_cN, _mR, _nT],
  [[0, 1], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var ListNodegroupsResponse$ = [
  3,
  n0,
  _LNRi,
  0,
  [_nod, _nT],
  [64 | 0, 0]
];
var ListPodIdentityAssociationsRequest$ = [
  3,
  n0,
  _LPIAR,
  0,
  [_cN, _nam, _sA, _mR, _nT],
  [[0, 1], [0, { [_hQ]: _nam }], [0, { [_hQ]: _sA }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]],
  1
];
var ListPodIdentityAssociationsResponse$ = [
  3,
  n0,
  _LPIARi,
  0,
  [_ass, _nT],
  [() => PodIdentityAssociationSummaries, 0]
];
var ListTagsForResourceRequest$ = [
  3,
  n0,
  _LTFRR,
  0,
  [_rAes],
  [[0, 1]],
  1
];
var ListTagsForResourceResponse$ = [
  3,
  n0,
  _LTFRRi,
  0,
  [_t],
  [128 | 0]
];
var ListUpdatesRequest$ = [
  3,
  n0,
  _LUR,
  0,
  [_n, _nN, _aN, _cNa, _nT, _mR],
  [[0, 1], [0, { [_hQ]: _nN }], [0, { [_hQ]: _aN }], [0, { [_hQ]: _cNa }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
  1
];
var ListUpdatesResponse$ = [
  3,
  n0,
  _LURi,
  0,
  [_uIp, _nT],
  [64 | 0, 0]
];
var Logging$ = [
  3,
  n0,
  _Lo,
  0,
  [_cL],
  [() => LogSetups]
];
var LogSetup$ = [
  3,
  n0,
  _LS,
  0,
  [_typ, _en],
  [64 | 0, 2]
];
var MarketplaceInformation$ = [
  3,
  n0,
  _MI,
  0,
  [_pI, _pU],
  [0, 0]
];
var Nodegroup$ = [
  3,
  n0,
  _N,
  0,
  [_nN, _nAod, _cN, _v, _rV, _cA, _mA, _st, _cTa, _sCc, _iT, _sub, _rAe, _aT, _nR, _la, _ta, _res, _dSis, _h, _uC, _nRC, _lTa, _t, _wPC],
  [0, 0, 0, 0, 0, 4, 4, 0, 0, () => NodegroupScalingConfig$, 64 | 0, 64 | 0, () => RemoteAccessConfig$, 0, 0, 128 | 0, () => taintsList, () => NodegroupResources$, 1, () => NodegroupHealth$, () => NodegroupUpdateConfig$, () => NodeRepairConfig$, () => LaunchTemplateSpecification$, 128 | 0, () => WarmPoolConfig$]
];
var NodegroupHealth$ = [
  3,
  n0,
  _NH,
  0,
  [_is],
  [() => IssueList]
];
var NodegroupResources$ = [
  3,
  n0,
  _NR,
  0,
  [_aSG, _rASG],
  [() => AutoScalingGroupList, 0]
];
var NodegroupScalingConfig$ = [
  3,
  n0,
  _NSC,
  0,
  [_mS, _mSa, _dSe],
  [1, 1, 1]
];
var NodegroupUpdateConfig$ = [
  3,
  n0,
  _NUC,
  0,
  [_mU, _mUP, _uS],
  [1, 1, 0]
];
var NodeRepairConfig$ = [
  3,
  n0,
  _NRC,
  0,
  [_en, _mUNTC, _mUNTP, _mPNRC, _mPNRP, _nRCO],
  [2, 1, 1, 1, 1, () => NodeRepairConfigOverridesList]
];
var NodeRepairConfigOverrides$ = [
  3,
  n0,
  _NRCO,
  0,
  [_nMC, _nUR, _mRWTM, _rAep],
  [0, 0, 1, 0]
];
var NodeResourcesFitConfig$ = [
  3,
  n0,
  _NRFC,
  0,
  [_sSc],
  [() => ScoringStrategy$]
];
var NodeResourcesFitVersionConfig$ = [
  3,
  n0,
  _NRFVC,
  0,
  [_sSc],
  [() => ScoringStrategyConfig$]
];
var OIDC$ = [
  3,
  n0,
  _OIDC,
  0,
  [_iss],
  [0]
];
var OidcIdentityProviderConfig$ = [
  3,
  n0,
  _OIPC,
  0,
  [_iPCN, _iPCA, _cN, _iU, _cI, _uCs, _uPs, _gC, _gP, _rCeq, _t, _st],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 128 | 0, 128 | 0, 0]
];
var OidcIdentityProviderConfigRequest$ = [
  3,
  n0,
  _OIPCR,
  0,
  [_iPCN, _iU, _cI, _uCs, _uPs, _gC, _gP, _rCeq],
  [0, 0, 0, 0, 0, 0, 0, 128 | 0],
  3
];
var OutpostConfigRequest$ = [
  3,
  n0,
  _OCR,
  0,
  [_oA, _cPIT, _cPP, _eIT, _ePt],
  [64 | 0, 0, () => ControlPlanePlacementRequest$, 0, () => EtcdPlacementRequest$],
  2
];
var OutpostConfigResponse$ = [
  3,
  n0,
  _OCRu,
  0,
  [_oA, _cPIT, _cPP, _eIT, _ePt],
  [64 | 0, 0, () => ControlPlanePlacementResponse$, 0, () => EtcdPlacementResponse$],
  2
];
var PodGcControllerConfigRequest$ = [
  3,
  n0,
  _PGCCR,
  0,
  [_tPGT],
  [1]
];
var PodGcControllerConfigResponse$ = [
  3,
  n0,
  _PGCCRo,
  0,
  [_tPGT],
  [1]
];
var PodGcControllerVersionConfig$ = [
  3,
  n0,
  _PGCVC,
  0,
  [_tPGT],
  [() => IntegerParameterConfig$]
];
var PodIdentityAssociation$ = [
  3,
  n0,
  _PIA,
  0,
  [_cN, _nam, _sA, _rA, _aAss, _aIs, _t, _cA, _mA, _oAw, _dST, _tRA, _eI, _po],
  [0, 0, 0, 0, 0, 0, 128 | 0, 4, 4, 0, 2, 0, 0, 0]
];
var PodIdentityAssociationSummary$ = [
  3,
  n0,
  _PIAS,
  0,
  [_cN, _nam, _sA, _aAss, _aIs, _oAw],
  [0, 0, 0, 0, 0, 0]
];
var PortRangeConstraints$ = [
  3,
  n0,
  _PRC,
  0,
  [_mP, _mPa],
  [() => IntegerRangeConstraint$, () => IntegerRangeConstraint$]
];
var PortRangeParameterConfig$ = [
  3,
  n0,
  _PRPC,
  0,
  [_dVe, _cons],
  [() => ServiceNodePortRange$, () => PortRangeConstraints$]
];
var Provider$ = [
  3,
  n0,
  _P,
  0,
  [_kA],
  [0]
];
var RegisterClusterRequest$ = [
  3,
  n0,
  _RCR,
  0,
  [_n, _cC, _cRT, _t],
  [0, () => ConnectorConfigRequest$, [0, 4], 128 | 0],
  2
];
var RegisterClusterResponse$ = [
  3,
  n0,
  _RCRe,
  0,
  [_cl],
  [() => Cluster$]
];
var RemoteAccessConfig$ = [
  3,
  n0,
  _RAC,
  0,
  [_eSK, _sSG],
  [0, 64 | 0]
];
var RemoteNetworkConfigRequest$ = [
  3,
  n0,
  _RNCR,
  0,
  [_rNN, _rPN],
  [() => RemoteNodeNetworkList, () => RemotePodNetworkList]
];
var RemoteNetworkConfigResponse$ = [
  3,
  n0,
  _RNCRe,
  0,
  [_rNN, _rPN],
  [() => RemoteNodeNetworkList, () => RemotePodNetworkList]
];
var RemoteNodeNetwork$ = [
  3,
  n0,
  _RNN,
  0,
  [_ci],
  [64 | 0]
];
var RemotePodNetwork$ = [
  3,
  n0,
  _RPN,
  0,
  [_ci],
  [64 | 0]
];
var ResourceConstraints$ = [
  3,
  n0,
  _RC,
  0,
  [_n, _w],
  [() => AllowedValuesConstraint$, () => IntegerRangeConstraint$]
];
var ResourceWeight$ = [
  3,
  n0,
  _RW,
  0,
  [_n, _w],
  [0, 1]
];
var RollbackConfig$ = [
  3,
  n0,
  _RCo,
  0,
  [_tM],
  [1]
];
var ScoringStrategy$ = [
  3,
  n0,
  _SS,
  0,
  [_ty, _res],
  [0, () => ResourceWeightList]
];
var ScoringStrategyConfig$ = [
  3,
  n0,
  _SSC,
  0,
  [_dVe, _cons],
  [() => ScoringStrategy$, () => ScoringStrategyConstraints$]
];
var ScoringStrategyConstraints$ = [
  3,
  n0,
  _SSCc,
  0,
  [_sSc, _res],
  [() => AllowedValuesConstraint$, () => ResourceConstraints$]
];
var ServiceNodePortRange$ = [
  3,
  n0,
  _SNPR,
  0,
  [_mP, _mPa],
  [1, 1]
];
var SsoIdentity$ = [
  3,
  n0,
  _SI,
  0,
  [_i, _ty],
  [0, 0],
  2
];
var StartInsightsRefreshRequest$ = [
  3,
  n0,
  _SIRR,
  0,
  [_cN],
  [[0, 1]],
  1
];
var StartInsightsRefreshResponse$ = [
  3,
  n0,
  _SIRRt,
  0,
  [_m, _st],
  [0, 0]
];
var StorageConfigRequest$ = [
  3,
  n0,
  _SCR,
  0,
  [_bS],
  [() => BlockStorage$]
];
var StorageConfigResponse$ = [
  3,
  n0,
  _SCRt,
  0,
  [_bS],
  [() => BlockStorage$]
];
var TagResourceRequest$ = [
  3,
  n0,
  _TRR,
  0,
  [_rAes, _t],
  [[0, 1], 128 | 0],
  2
];
var TagResourceResponse$ = [
  3,
  n0,
  _TRRa,
  0,
  [],
  []
];
var Taint$ = [
  3,
  n0,
  _T,
  0,
  [_k, _val, _ef],
  [0, 0, 0]
];
var UntagResourceRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_rAes, _tK],
  [[0, 1], [64 | 0, { [_hQ]: _tK }]],
  2
];
var UntagResourceResponse$ = [
  3,
  n0,
  _URRn,
  0,
  [],
  []
];
var Update$ = [
  3,
  n0,
  _U,
  0,
  [_i, _st, _ty, _pa, _cA, _er, _can],
  [0, 0, 0, () => UpdateParams, 4, () => ErrorDetails, () => Cancellation$]
];
var UpdateAccessConfigRequest$ = [
  3,
  n0,
  _UACR,
  0,
  [_aM],
  [0]
];
var UpdateAccessEntryRequest$ = [
  3,
  n0,
  _UAER,
  0,
  [_cN, _pA, _kG, _cRT, _u],
  [[0, 1], [0, 1], 64 | 0, [0, 4], 0],
  2
];
var UpdateAccessEntryResponse$ = [
  3,
  n0,
  _UAERp,
  0,
  [_aEc],
  [() => AccessEntry$]
];
var UpdateAckConfig$ = [
  3,
  n0,
  _UAC,
  0,
  [_eCN, _dS],
  [2, 64 | 0]
];
var UpdateAddonRequest$ = [
  3,
  n0,
  _UAR,
  0,
  [_cN, _aN, _aV, _sARA, _rCe, _cRT, _cV, _pIA],
  [[0, 1], [0, 1], 0, 0, 0, [0, 4], 0, () => AddonPodIdentityAssociationsList],
  2
];
var UpdateAddonResponse$ = [
  3,
  n0,
  _UARp,
  0,
  [_up],
  [() => Update$]
];
var UpdateArgoCdConfig$ = [
  3,
  n0,
  _UACC,
  0,
  [_rRM, _nA],
  [() => UpdateRoleMappings$, () => ArgoCdNetworkAccessConfigRequest$]
];
var UpdateCapabilityConfiguration$ = [
  3,
  n0,
  _UCC,
  0,
  [_aC, _ac],
  [() => UpdateArgoCdConfig$, () => UpdateAckConfig$]
];
var UpdateCapabilityRequest$ = [
  3,
  n0,
  _UCR,
  0,
  [_cN, _cNa, _rA, _con, _cRT, _dPP],
  [[0, 1], [0, 1], 0, () => UpdateCapabilityConfiguration$, [0, 4], 0],
  2
];
var UpdateCapabilityResponse$ = [
  3,
  n0,
  _UCRp,
  0,
  [_up],
  [() => Update$]
];
var UpdateClusterConfigRequest$ = [
  3,
  n0,
  _UCCR,
  0,
  [_n, _rVC, _l, _cRT, _aCc, _uP, _zSC, _cCo, _kNC, _sC, _rNC, _dP, _cPSC, _kASC, _kSC, _kCMC],
  [[0, 1], () => VpcConfigRequest$, () => Logging$, [0, 4], () => UpdateAccessConfigRequest$, () => UpgradePolicyRequest$, () => ZonalShiftConfigRequest$, () => ComputeConfigRequest$, () => KubernetesNetworkConfigRequest$, () => StorageConfigRequest$, () => RemoteNetworkConfigRequest$, 2, () => ControlPlaneScalingConfig$, () => KubeApiServerConfigRequest$, () => KubeSchedulerConfigRequest$, () => KubeControllerManagerConfigRequest$],
  1
];
var UpdateClusterConfigResponse$ = [
  3,
  n0,
  _UCCRp,
  0,
  [_up],
  [() => Update$]
];
var UpdateClusterVersionRequest$ = [
  3,
  n0,
  _UCVR,
  0,
  [_n, _v, _cRT, _fo, _rCo],
  [[0, 1], 0, [0, 4], 2, () => RollbackConfig$],
  2
];
var UpdateClusterVersionResponse$ = [
  3,
  n0,
  _UCVRp,
  0,
  [_up],
  [() => Update$]
];
var UpdateEksAnywhereSubscriptionRequest$ = [
  3,
  n0,
  _UEASR,
  0,
  [_i, _aR, _cRT],
  [[0, 1], 2, [0, 4]],
  2
];
var UpdateEksAnywhereSubscriptionResponse$ = [
  3,
  n0,
  _UEASRp,
  0,
  [_su],
  [() => EksAnywhereSubscription$]
];
var UpdateLabelsPayload$ = [
  3,
  n0,
  _ULP,
  0,
  [_aOUL, _rL],
  [128 | 0, 64 | 0]
];
var UpdateNodegroupConfigRequest$ = [
  3,
  n0,
  _UNCR,
  0,
  [_cN, _nN, _la, _ta, _sCc, _uC, _nRC, _wPC, _cRT],
  [[0, 1], [0, 1], () => UpdateLabelsPayload$, () => UpdateTaintsPayload$, () => NodegroupScalingConfig$, () => NodegroupUpdateConfig$, () => NodeRepairConfig$, () => WarmPoolConfig$, [0, 4]],
  2
];
var UpdateNodegroupConfigResponse$ = [
  3,
  n0,
  _UNCRp,
  0,
  [_up],
  [() => Update$]
];
var UpdateNodegroupVersionRequest$ = [
  3,
  n0,
  _UNVR,
  0,
  [_cN, _nN, _v, _rV, _lTa, _fo, _cRT],
  [[0, 1], [0, 1], 0, 0, () => LaunchTemplateSpecification$, 2, [0, 4]],
  2
];
var UpdateNodegroupVersionResponse$ = [
  3,
  n0,
  _UNVRp,
  0,
  [_up],
  [() => Update$]
];
var UpdateParam$ = [
  3,
  n0,
  _UP,
  0,
  [_ty, _val],
  [0, 0]
];
var UpdatePodIdentityAssociationRequest$ = [
  3,
  n0,
  _UPIAR,
  0,
  [_cN, _aIs, _rA, _cRT, _dST, _tRA, _po],
  [[0, 1], [0, 1], 0, [0, 4], 2, 0, 0],
  2
];
var UpdatePodIdentityAssociationResponse$ = [
  3,
  n0,
  _UPIARp,
  0,
  [_as],
  [() => PodIdentityAssociation$]
];
var UpdateRoleMappings$ = [
  3,
  n0,
  _URM,
  0,
  [_aOURM, _rRMe],
  [() => ArgoCdRoleMappingList, () => ArgoCdRoleMappingList]
];
var UpdateTaintsPayload$ = [
  3,
  n0,
  _UTP,
  0,
  [_aOUT, _rT],
  [() => taintsList, () => taintsList]
];
var UpgradePolicyRequest$ = [
  3,
  n0,
  _UPR,
  0,
  [_sT],
  [0]
];
var UpgradePolicyResponse$ = [
  3,
  n0,
  _UPRp,
  0,
  [_sT],
  [0]
];
var VpcConfigRequest$ = [
  3,
  n0,
  _VCR,
  0,
  [_sIu, _sGI, _ePA, _ePAn, _pAC, _cPEM],
  [64 | 0, 64 | 0, 2, 2, 64 | 0, 0]
];
var VpcConfigResponse$ = [
  3,
  n0,
  _VCRp,
  0,
  [_sIu, _sGI, _cSGI, _vIp, _ePA, _ePAn, _pAC, _cPEM],
  [64 | 0, 64 | 0, 0, 0, 2, 2, 64 | 0, 0]
];
var WarmPoolConfig$ = [
  3,
  n0,
  _WPC,
  0,
  [_en, _mS, _mGPC, _pS, _rOSI],
  [2, 1, 1, 0, 2]
];
var ZonalShiftConfigRequest$ = [
  3,
  n0,
  _ZSCR,
  0,
  [_en],
  [2]
];
var ZonalShiftConfigResponse$ = [
  3,
  n0,
  _ZSCRo,
  0,
  [_en],
  [2]
];
var AccessPoliciesList = [
  1,
  n0,
  _APL,
  0,
  () => AccessPolicy$
];
var AckDisabledServicesList = 64 | 0;
var AddonCompatibilityDetails = [
  1,
  n0,
  _ACDd,
  0,
  () => AddonCompatibilityDetail$
];
var AddonIssueList = [
  1,
  n0,
  _AIL,
  0,
  () => AddonIssue$
];
var AddonPodIdentityAssociationsList = [
  1,
  n0,
  _APIAL,
  0,
  () => AddonPodIdentityAssociations$
];
var AddonPodIdentityConfigurationList = [
  1,
  n0,
  _APICL,
  0,
  () => AddonPodIdentityConfiguration$
];
var Addons = [
  1,
  n0,
  _Ad,
  0,
  () => AddonInfo$
];
var AddonVersionInfoList = [
  1,
  n0,
  _AVIL,
  0,
  () => AddonVersionInfo$
];
var AllowedValuesList = 64 | 0;
var ArgoCdRoleMappingList = [
  1,
  n0,
  _ACRML,
  0,
  () => ArgoCdRoleMapping$
];
var AssociatedAccessPoliciesList = [
  1,
  n0,
  _AAPL,
  0,
  () => AssociatedAccessPolicy$
];
var AutoScalingGroupList = [
  1,
  n0,
  _ASGL,
  0,
  () => AutoScalingGroup$
];
var CapabilityIssueList = [
  1,
  n0,
  _CIL,
  0,
  () => CapabilityIssue$
];
var CapabilitySummaryList = [
  1,
  n0,
  _CSL,
  0,
  () => CapabilitySummary$
];
var CategoryList = 64 | 0;
var CertificateAuthoritySummaryList = [
  1,
  n0,
  _CASL,
  0,
  () => CertificateAuthoritySummary$
];
var ClientStats = [
  1,
  n0,
  _CSli,
  0,
  () => ClientStat$
];
var ClusterIssueList = [
  1,
  n0,
  _CILl,
  0,
  () => ClusterIssue$
];
var ClusterVersionList = [
  1,
  n0,
  _CVL,
  0,
  () => ClusterVersionInformation$
];
var Compatibilities = [
  1,
  n0,
  _Com,
  0,
  () => Compatibility$
];
var ControlPlaneScalingTierList = [
  1,
  n0,
  _CPSTL,
  0,
  () => ControlPlaneScalingTierInfo$
];
var DeprecationDetails = [
  1,
  n0,
  _DDe,
  0,
  () => DeprecationDetail$
];
var EksAnywhereSubscriptionList = [
  1,
  n0,
  _EASL,
  0,
  () => EksAnywhereSubscription$
];
var EksAnywhereSubscriptionStatusValues = 64 | 0;
var EncryptionConfigList = [
  1,
  n0,
  _ECL,
  0,
  () => EncryptionConfig$
];
var ErrorDetails = [
  1,
  n0,
  _EDr,
  0,
  () => ErrorDetail$
];
var FargateProfileIssueList = [
  1,
  n0,
  _FPIL,
  0,
  () => FargateProfileIssue$
];
var FargateProfileSelectors = [
  1,
  n0,
  _FPSa,
  0,
  () => FargateProfileSelector$
];
var IdentityProviderConfigs = [
  1,
  n0,
  _IPCd,
  0,
  () => IdentityProviderConfig$
];
var IncludeClustersList = 64 | 0;
var InsightResourceDetails = [
  1,
  n0,
  _IRDn,
  0,
  () => InsightResourceDetail$
];
var InsightStatusValueList = 64 | 0;
var InsightSummaries = [
  1,
  n0,
  _ISns,
  0,
  () => InsightSummary$
];
var IssueList = [
  1,
  n0,
  _IL,
  0,
  () => Issue$
];
var labelsKeyList = 64 | 0;
var LicenseList = [
  1,
  n0,
  _LL,
  0,
  () => License$
];
var LogSetups = [
  1,
  n0,
  _LSo,
  0,
  () => LogSetup$
];
var LogTypes = 64 | 0;
var NodeRepairConfigOverridesList = [
  1,
  n0,
  _NRCOL,
  0,
  () => NodeRepairConfigOverrides$
];
var PodIdentityAssociationSummaries = [
  1,
  n0,
  _PIASo,
  0,
  () => PodIdentityAssociationSummary$
];
var RemoteNodeNetworkList = [
  1,
  n0,
  _RNNL,
  0,
  () => RemoteNodeNetwork$
];
var RemotePodNetworkList = [
  1,
  n0,
  _RPNL,
  0,
  () => RemotePodNetwork$
];
var ResourceWeightList = [
  1,
  n0,
  _RWL,
  0,
  () => ResourceWeight$
];
var SsoIdentityList = [
  1,
  n0,
  _SIL,
  0,
  () => SsoIdentity$
];
var StringList = 64 | 0;
var TagKeyList = 64 | 0;
var taintsList = [
  1,
  n0,
  _tL,
  0,
  () => Taint$
];
var UpdateParams = [
  1,
  n0,
  _UPp,
  0,
  () => UpdateParam$
];
var AdditionalInfoMap = 128 | 0;
var FargateProfileLabel = 128 | 0;
var labelsMap = 128 | 0;
var requiredClaimsMap = 128 | 0;
var TagMap = 128 | 0;
var ActivateCertificateAuthority$ = [
  9,
  n0,
  _ACAc,
  { [_ht]: ["POST", "/clusters/{clusterName}/certificate-authorities/{certificateAuthorityId}/activate", 200] },
  () => ActivateCertificateAuthorityRequest$,
  () => ActivateCertificateAuthorityResponse$
];
var AssociateAccessPolicy$ = [
  9,
  n0,
  _AAPs,
  { [_ht]: ["POST", "/clusters/{clusterName}/access-entries/{principalArn}/access-policies", 200] },
  () => AssociateAccessPolicyRequest$,
  () => AssociateAccessPolicyResponse$
];
var AssociateEncryptionConfig$ = [
  9,
  n0,
  _AEC,
  { [_ht]: ["POST", "/clusters/{clusterName}/encryption-config/associate", 200] },
  () => AssociateEncryptionConfigRequest$,
  () => AssociateEncryptionConfigResponse$
];
var AssociateIdentityProviderConfig$ = [
  9,
  n0,
  _AIPC,
  { [_ht]: ["POST", "/clusters/{clusterName}/identity-provider-configs/associate", 200] },
  () => AssociateIdentityProviderConfigRequest$,
  () => AssociateIdentityProviderConfigResponse$
];
var CancelUpdate$ = [
  9,
  n0,
  _CU,
  { [_ht]: ["POST", "/clusters/{name}/updates/{updateId}/cancel-update", 200] },
  () => CancelUpdateRequest$,
  () => CancelUpdateResponse$
];
var CreateAccessEntry$ = [
  9,
  n0,
  _CAE,
  { [_ht]: ["POST", "/clusters/{clusterName}/access-entries", 200] },
  () => CreateAccessEntryRequest$,
  () => CreateAccessEntryResponse$
];
var CreateAddon$ = [
  9,
  n0,
  _CAr,
  { [_ht]: ["POST", "/clusters/{clusterName}/addons", 200] },
  () => CreateAddonRequest$,
  () => CreateAddonResponse$
];
var CreateCapability$ = [
  9,
  n0,
  _CC,
  { [_ht]: ["POST", "/clusters/{clusterName}/capabilities", 200] },
  () => CreateCapabilityRequest$,
  () => CreateCapabilityResponse$
];
var CreateCertificateAuthority$ = [
  9,
  n0,
  _CCA,
  { [_ht]: ["POST", "/clusters/{clusterName}/certificate-authorities", 200] },
  () => CreateCertificateAuthorityRequest$,
  () => CreateCertificateAuthorityResponse$
];
var CreateCluster$ = [
  9,
  n0,
  _CCr,
  { [_ht]: ["POST", "/clusters", 200] },
  () => CreateClusterRequest$,
  () => CreateClusterResponse$
];
var CreateEksAnywhereSubscription$ = [
  9,
  n0,
  _CEAS,
  { [_ht]: ["POST", "/eks-anywhere-subscriptions", 200] },
  () => CreateEksAnywhereSubscriptionRequest$,
  () => CreateEksAnywhereSubscriptionResponse$
];
var CreateFargateProfile$ = [
  9,
  n0,
  _CFP,
  { [_ht]: ["POST", "/clusters/{clusterName}/fargate-profiles", 200] },
  () => CreateFargateProfileRequest$,
  () => CreateFargateProfileResponse$
];
var CreateNodegroup$ = [
  9,
  n0,
  _CN,
  { [_ht]: ["POST", "/clusters/{clusterName}/node-groups", 200] },
  () => CreateNodegroupRequest$,
  () => CreateNodegroupResponse$
];
var CreatePodIdentityAssociation$ = [
  9,
  n0,
  _CPIA,
  { [_ht]: ["POST", "/clusters/{clusterName}/pod-identity-associations", 200] },
  () => CreatePodIdentityAssociationRequest$,
  () => CreatePodIdentityAssociationResponse$
];
var DeleteAccessEntry$ = [
  9,
  n0,
  _DAE,
  { [_ht]: ["DELETE", "/clusters/{clusterName}/access-entries/{principalArn}", 200] },
  () => DeleteAccessEntryRequest$,
  () => DeleteAccessEntryResponse$
];
var DeleteAddon$ = [
  9,
  n0,
  _DA,
  { [_ht]: ["DELETE", "/clusters/{clusterName}/addons/{addonName}", 200] },
  () => DeleteAddonRequest$,
  () => DeleteAddonResponse$
];
var DeleteCapability$ = [
  9,
  n0,
  _DCe,
  { [_ht]: ["DELETE", "/clusters/{clusterName}/capabilities/{capabilityName}", 200] },
  () => DeleteCapabilityRequest$,
  () => DeleteCapabilityResponse$
];
var DeleteCertificateAuthority$ = [
  9,
  n0,
  _DCA,
  { [_ht]: ["DELETE", "/clusters/{clusterName}/certificate-authorities/{certificateAuthorityId}", 200] },
  () => DeleteCertificateAuthorityRequest$,
  () => DeleteCertificateAuthorityResponse$
];
var DeleteCluster$ = [
  9,
  n0,
  _DCel,
  { [_ht]: ["DELETE", "/clusters/{name}", 200] },
  () => DeleteClusterRequest$,
  () => DeleteClusterResponse$
];
var DeleteEksAnywhereSubscription$ = [
  9,
  n0,
  _DEAS,
  { [_ht]: ["DELETE", "/eks-anywhere-subscriptions/{id}", 200] },
  () => DeleteEksAnywhereSubscriptionRequest$,
  () => DeleteEksAnywhereSubscriptionResponse$
];
var DeleteFargateProfile$ = [
  9,
  n0,
  _DFP,
  { [_ht]: ["DELETE", "/clusters/{clusterName}/fargate-profiles/{fargateProfileName}", 200] },
  () => DeleteFargateProfileRequest$,
  () => DeleteFargateProfileResponse$
];
var DeleteNodegroup$ = [
  9,
  n0,
  _DN,
  { [_ht]: ["DELETE", "/clusters/{clusterName}/node-groups/{nodegroupName}", 200] },
  () => DeleteNodegroupRequest$,
  () => DeleteNodegroupResponse$
];
var DeletePodIdentityAssociation$ = [
  9,
  n0,
  _DPIA,
  { [_ht]: ["DELETE", "/clusters/{clusterName}/pod-identity-associations/{associationId}", 200] },
  () => DeletePodIdentityAssociationRequest$,
  () => DeletePodIdentityAssociationResponse$
];
var DeregisterCluster$ = [
  9,
  n0,
  _DCer,
  { [_ht]: ["DELETE", "/cluster-registrations/{name}", 200] },
  () => DeregisterClusterRequest$,
  () => DeregisterClusterResponse$
];
var DescribeAccessEntry$ = [
  9,
  n0,
  _DAEe,
  { [_ht]: ["GET", "/clusters/{clusterName}/access-entries/{principalArn}", 200] },
  () => DescribeAccessEntryRequest$,
  () => DescribeAccessEntryResponse$
];
var DescribeAddon$ = [
  9,
  n0,
  _DAe,
  { [_ht]: ["GET", "/clusters/{clusterName}/addons/{addonName}", 200] },
  () => DescribeAddonRequest$,
  () => DescribeAddonResponse$
];
var DescribeAddonConfiguration$ = [
  9,
  n0,
  _DAC,
  { [_ht]: ["GET", "/addons/configuration-schemas", 200] },
  () => DescribeAddonConfigurationRequest$,
  () => DescribeAddonConfigurationResponse$
];
var DescribeAddonVersions$ = [
  9,
  n0,
  _DAV,
  { [_ht]: ["GET", "/addons/supported-versions", 200] },
  () => DescribeAddonVersionsRequest$,
  () => DescribeAddonVersionsResponse$
];
var DescribeCapability$ = [
  9,
  n0,
  _DCes,
  { [_ht]: ["GET", "/clusters/{clusterName}/capabilities/{capabilityName}", 200] },
  () => DescribeCapabilityRequest$,
  () => DescribeCapabilityResponse$
];
var DescribeCertificateAuthority$ = [
  9,
  n0,
  _DCAe,
  { [_ht]: ["GET", "/clusters/{clusterName}/certificate-authorities/{certificateAuthorityId}", 200] },
  () => DescribeCertificateAuthorityRequest$,
  () => DescribeCertificateAuthorityResponse$
];
var DescribeCluster$ = [
  9,
  n0,
  _DCesc,
  { [_ht]: ["GET", "/clusters/{name}", 200] },
  () => DescribeClusterRequest$,
  () => DescribeClusterResponse$
];
var DescribeClusterVersions$ = [
  9,
  n0,
  _DCV,
  { [_ht]: ["GET", "/cluster-versions", 200] },
  () => DescribeClusterVersionsRequest$,
  () => DescribeClusterVersionsResponse$
];
var DescribeEksAnywhereSubscription$ = [
  9,
  n0,
  _DEASe,
  { [_ht]: ["GET", "/eks-anywhere-subscriptions/{id}", 200] },
  () => DescribeEksAnywhereSubscriptionRequest$,
  () => DescribeEksAnywhereSubscriptionResponse$
];
var DescribeFargateProfile$ = [
  9,
  n0,
  _DFPe,
  { [_ht]: ["GET", "/clusters/{clusterName}/fargate-profiles/{fargateProfileName}", 200] },
  () => DescribeFargateProfileRequest$,
  () => DescribeFargateProfileResponse$
];
var DescribeIdentityProviderConfig$ = [
  9,
  n0,
  _DIPC,
  { [_ht]: ["POST", "/clusters/{clusterName}/identity-provider-configs/describe", 200] },
  () => DescribeIdentityProviderConfigRequest$,
  () => DescribeIdentityProviderConfigResponse$
];
var DescribeInsight$ = [
  9,
  n0,
  _DI,
  { [_ht]: ["GET", "/clusters/{clusterName}/insights/{id}", 200] },
  () => DescribeInsightRequest$,
  () => DescribeInsightResponse$
];
var DescribeInsightsRefresh$ = [
  9,
  n0,
  _DIRes,
  { [_ht]: ["GET", "/clusters/{clusterName}/insights-refresh", 200] },
  () => DescribeInsightsRefreshRequest$,
  () => DescribeInsightsRefreshResponse$
];
var DescribeNodegroup$ = [
  9,
  n0,
  _DNe,
  { [_ht]: ["GET", "/clusters/{clusterName}/node-groups/{nodegroupName}", 200] },
  () => DescribeNodegroupRequest$,
  () => DescribeNodegroupResponse$
];
var DescribePodIdentityAssociation$ = [
  9,
  n0,
  _DPIAe,
  { [_ht]: ["GET", "/clusters/{clusterName}/pod-identity-associations/{associationId}", 200] },
  () => DescribePodIdentityAssociationRequest$,
  () => DescribePodIdentityAssociationResponse$
];
var DescribeUpdate$ = [
  9,
  n0,
  _DU,
  { [_ht]: ["GET", "/clusters/{name}/updates/{updateId}", 200] },
  () => DescribeUpdateRequest$,
  () => DescribeUpdateResponse$
];
var DisassociateAccessPolicy$ = [
  9,
  n0,
  _DAP,
  { [_ht]: ["DELETE", "/clusters/{clusterName}/access-entries/{principalArn}/access-policies/{policyArn}", 200] },
  () => DisassociateAccessPolicyRequest$,
  () => DisassociateAccessPolicyResponse$
];
var DisassociateIdentityProviderConfig$ = [
  9,
  n0,
  _DIPCi,
  { [_ht]: ["POST", "/clusters/{clusterName}/identity-provider-configs/disassociate", 200] },
  () => DisassociateIdentityProviderConfigRequest$,
  () => DisassociateIdentityProviderConfigResponse$
];
var ListAccessEntries$ = [
  9,
  n0,
  _LAE,
  { [_ht]: ["GET", "/clusters/{clusterName}/access-entries", 200] },
  () => ListAccessEntriesRequest$,
  () => ListAccessEntriesResponse$
];
var ListAccessPolicies$ = [
  9,
  n0,
  _LAP,
  { [_ht]: ["GET", "/access-policies", 200] },
  () => ListAccessPoliciesRequest$,
  () => ListAccessPoliciesResponse$
];
var ListAddons$ = [
  9,
  n0,
  _LA,
  { [_ht]: ["GET", "/clusters/{clusterName}/addons", 200] },
  () => ListAddonsRequest$,
  () => ListAddonsResponse$
];
var ListAssociatedAccessPolicies$ = [
  9,
  n0,
  _LAAP,
  { [_ht]: ["GET", "/clusters/{clusterName}/access-entries/{principalArn}/access-policies", 200] },
  () => ListAssociatedAccessPoliciesRequest$,
  () => ListAssociatedAccessPoliciesResponse$
];
var ListCapabilities$ = [
  9,
  n0,
  _LC,
  { [_ht]: ["GET", "/clusters/{clusterName}/capabilities", 200] },
  () => ListCapabilitiesRequest$,
  () => ListCapabilitiesResponse$
];
var ListCertificateAuthorities$ = [
  9,
  n0,
  _LCA,
  { [_ht]: ["GET", "/clusters/{clusterName}/certificate-authorities", 200] },
  () => ListCertificateAuthoritiesRequest$,
  () => ListCertificateAuthoritiesResponse$
];
var ListClusters$ = [
  9,
  n0,
  _LCi,
  { [_ht]: ["GET", "/clusters", 200] },
  () => ListClustersRequest$,
  () => ListClustersResponse$
];
var ListEksAnywhereSubscriptions$ = [
  9,
  n0,
  _LEAS,
  { [_ht]: ["GET", "/eks-anywhere-subscriptions", 200] },
  () => ListEksAnywhereSubscriptionsRequest$,
  () => ListEksAnywhereSubscriptionsResponse$
];
var ListFargateProfiles$ = [
  9,
  n0,
  _LFP,
  { [_ht]: ["GET", "/clusters/{clusterName}/fargate-profiles", 200] },
  () => ListFargateProfilesRequest$,
  () => ListFargateProfilesResponse$
];
var ListIdentityProviderConfigs$ = [
  9,
  n0,
  _LIPC,
  { [_ht]: ["GET", "/clusters/{clusterName}/identity-provider-configs", 200] },
  () => ListIdentityProviderConfigsRequest$,
  () => ListIdentityProviderConfigsResponse$
];
var ListInsights$ = [
  9,
  n0,
  _LI,
  { [_ht]: ["POST", "/clusters/{clusterName}/insights", 200] },
  () => ListInsightsRequest$,
  () => ListInsightsResponse$
];
var ListNodegroups$ = [
  9,
  n0,
  _LN,
  { [_ht]: ["GET", "/clusters/{clusterName}/node-groups", 200] },
  () => ListNodegroupsRequest$,
  () => ListNodegroupsResponse$
];
var ListPodIdentityAssociations$ = [
  9,
  n0,
  _LPIA,
  { [_ht]: ["GET", "/clusters/{clusterName}/pod-identity-associations", 200] },
  () => ListPodIdentityAssociationsRequest$,
  () => ListPodIdentityAssociationsResponse$
];
var ListTagsForResource$ = [
  9,
  n0,
  _LTFR,
  { [_ht]: ["GET", "/tags/{resourceArn}", 200] },
  () => ListTagsForResourceRequest$,
  () => ListTagsForResourceResponse$
];
var ListUpdates$ = [
  9,
  n0,
  _LU,
  { [_ht]: ["GET", "/clusters/{name}/updates", 200] },
  () => ListUpdatesRequest$,
  () => ListUpdatesResponse$
];
var RegisterCluster$ = [
  9,
  n0,
  _RCe,
  { [_ht]: ["POST", "/cluster-registrations", 200] },
  () => RegisterClusterRequest$,
  () => RegisterClusterResponse$
];
var StartInsightsRefresh$ = [
  9,
  n0,
  _SIR,
  { [_ht]: ["POST", "/clusters/{clusterName}/insights-refresh", 200] },
  () => StartInsightsRefreshRequest$,
  () => StartInsightsRefreshResponse$
];
var TagResource$ = [
  9,
  n0,
  _TR,
  { [_ht]: ["POST", "/tags/{resourceArn}", 200] },
  () => TagResourceRequest$,
  () => TagResourceResponse$
];
var UntagResource$ = [
  9,
  n0,
  _UR,
  { [_ht]: ["DELETE", "/tags/{resourceArn}", 200] },
  () => UntagResourceRequest$,
  () => UntagResourceResponse$
];
var UpdateAccessEntry$ = [
  9,
  n0,
  _UAE,
  { [_ht]: ["POST", "/clusters/{clusterName}/access-entries/{principalArn}", 200] },
  () => UpdateAccessEntryRequest$,
  () => UpdateAccessEntryResponse$
];
var UpdateAddon$ = [
  9,
  n0,
  _UA,
  { [_ht]: ["POST", "/clusters/{clusterName}/addons/{addonName}/update", 200] },
  () => UpdateAddonRequest$,
  () => UpdateAddonResponse$
];
var UpdateCapability$ = [
  9,
  n0,
  _UC,
  { [_ht]: ["POST", "/clusters/{clusterName}/capabilities/{capabilityName}", 200] },
  () => UpdateCapabilityRequest$,
  () => UpdateCapabilityResponse$
];
var UpdateClusterConfig$ = [
  9,
  n0,
  _UCCp,
  { [_ht]: ["POST", "/clusters/{name}/update-config", 200] },
  () => UpdateClusterConfigRequest$,
  () => UpdateClusterConfigResponse$
];
var UpdateClusterVersion$ = [
  9,
  n0,
  _UCV,
  { [_ht]: ["POST", "/clusters/{name}/updates", 200] },
  () => UpdateClusterVersionRequest$,
  () => UpdateClusterVersionResponse$
];
var UpdateEksAnywhereSubscription$ = [
  9,
  n0,
  _UEAS,
  { [_ht]: ["POST", "/eks-anywhere-subscriptions/{id}", 200] },
  () => UpdateEksAnywhereSubscriptionRequest$,
  () => UpdateEksAnywhereSubscriptionResponse$
];
var UpdateNodegroupConfig$ = [
  9,
  n0,
  _UNC,
  { [_ht]: ["POST", "/clusters/{clusterName}/node-groups/{nodegroupName}/update-config", 200] },
  () => UpdateNodegroupConfigRequest$,
  () => UpdateNodegroupConfigResponse$
];
var UpdateNodegroupVersion$ = [
  9,
  n0,
  _UNV,
  { [_ht]: ["POST", "/clusters/{clusterName}/node-groups/{nodegroupName}/update-version", 200] },
  () => UpdateNodegroupVersionRequest$,
  () => UpdateNodegroupVersionResponse$
];
var UpdatePodIdentityAssociation$ = [
  9,
  n0,
  _UPIA,
  { [_ht]: ["POST", "/clusters/{clusterName}/pod-identity-associations/{associationId}", 200] },
  () => UpdatePodIdentityAssociationRequest$,
  () => UpdatePodIdentityAssociationResponse$
];

// node_modules/@aws-sdk/client-eks/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2017-11-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultEKSHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsRestJsonProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.eks",
      errorTypeRegistries,
      version: "2017-11-01",
      serviceTarget: "AWSWesleyFrontend"
    },
    serviceId: config?.serviceId ?? "EKS",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-eks/dist-es/runtimeConfig.js
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
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
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

// node_modules/@aws-sdk/client-eks/dist-es/runtimeExtensions.js
init_client2();
init_client();
init_protocols();

// node_modules/@aws-sdk/client-eks/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-eks/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-eks/dist-es/EKSClient.js
var EKSClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultEKSHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-eks/dist-es/commandBuilder.js
init_client();
init_endpoints();
var command = makeBuilder(commonParams, "AWSWesleyFrontend", "EKSClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-eks/dist-es/commands/DescribeAccessEntryCommand.js
var DescribeAccessEntryCommand = class extends command(_ep0, _mw0, "DescribeAccessEntry", DescribeAccessEntry$) {
};

// node_modules/@aws-sdk/client-eks/dist-es/commands/DescribeAddonCommand.js
var DescribeAddonCommand = class extends command(_ep0, _mw0, "DescribeAddon", DescribeAddon$) {
};

// node_modules/@aws-sdk/client-eks/dist-es/commands/DescribeClusterCommand.js
var DescribeClusterCommand = class extends command(_ep0, _mw0, "DescribeCluster", DescribeCluster$) {
};

// node_modules/@aws-sdk/client-eks/dist-es/commands/DescribeFargateProfileCommand.js
var DescribeFargateProfileCommand = class extends command(_ep0, _mw0, "DescribeFargateProfile", DescribeFargateProfile$) {
};

// node_modules/@aws-sdk/client-eks/dist-es/commands/DescribeNodegroupCommand.js
var DescribeNodegroupCommand = class extends command(_ep0, _mw0, "DescribeNodegroup", DescribeNodegroup$) {
};

// node_modules/@aws-sdk/client-eks/dist-es/commands/DescribePodIdentityAssociationCommand.js
var DescribePodIdentityAssociationCommand = class extends command(_ep0, _mw0, "DescribePodIdentityAssociation", DescribePodIdentityAssociation$) {
};

// node_modules/@aws-sdk/client-eks/dist-es/commands/ListAccessEntriesCommand.js
var ListAccessEntriesCommand = class extends command(_ep0, _mw0, "ListAccessEntries", ListAccessEntries$) {
};

// node_modules/@aws-sdk/client-eks/dist-es/commands/ListAddonsCommand.js
var ListAddonsCommand = class extends command(_ep0, _mw0, "ListAddons", ListAddons$) {
};

// node_modules/@aws-sdk/client-eks/dist-es/commands/ListClustersCommand.js
var ListClustersCommand = class extends command(_ep0, _mw0, "ListClusters", ListClusters$) {
};

// node_modules/@aws-sdk/client-eks/dist-es/commands/ListFargateProfilesCommand.js
var ListFargateProfilesCommand = class extends command(_ep0, _mw0, "ListFargateProfiles", ListFargateProfiles$) {
};

// node_modules/@aws-sdk/client-eks/dist-es/commands/ListNodegroupsCommand.js
var ListNodegroupsCommand = class extends command(_ep0, _mw0, "ListNodegroups", ListNodegroups$) {
};

// node_modules/@aws-sdk/client-eks/dist-es/commands/ListPodIdentityAssociationsCommand.js
var ListPodIdentityAssociationsCommand = class extends command(_ep0, _mw0, "ListPodIdentityAssociations", ListPodIdentityAssociations$) {
};

// node_modules/@aws-sdk/client-eks/dist-es/pagination/ListAccessEntriesPaginator.js
init_dist_es();
var paginateListAccessEntries = createPaginator(EKSClient, ListAccessEntriesCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-eks/dist-es/pagination/ListAddonsPaginator.js
init_dist_es();
var paginateListAddons = createPaginator(EKSClient, ListAddonsCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-eks/dist-es/pagination/ListClustersPaginator.js
init_dist_es();
var paginateListClusters = createPaginator(EKSClient, ListClustersCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-eks/dist-es/pagination/ListFargateProfilesPaginator.js
init_dist_es();
var paginateListFargateProfiles = createPaginator(EKSClient, ListFargateProfilesCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-eks/dist-es/pagination/ListNodegroupsPaginator.js
init_dist_es();
var paginateListNodegroups = createPaginator(EKSClient, ListNodegroupsCommand, "nextToken", "nextToken", "maxResults");

// node_modules/@aws-sdk/client-eks/dist-es/pagination/ListPodIdentityAssociationsPaginator.js
init_dist_es();
var paginateListPodIdentityAssociations = createPaginator(EKSClient, ListPodIdentityAssociationsCommand, "nextToken", "nextToken", "maxResults");

// src/inventory/live/scans/eks.ts
var EKS_KINDS = ["eks-cluster", "eks-nodegroup", "eks-fargate-profile", "eks-pod-identity", "eks-addon", "eks-access-entry"];
async function listAll(pages, pick) {
  const out = [];
  for await (const page of pages) out.push(...pick(page) ?? []);
  return out;
}
async function scanEks({ session, region, settled }) {
  const out = { ...emptyOutput(), clusters: [], clustersKnown: true };
  const eks = session.client("eks", region, EKSClient);
  const limit = session.limit("eks", region);
  const account = session.account;
  const task = session.run.progress.start(`eks ${region}`, "clusters");
  const names = await limit(
    () => session.attempt(
      { operation: "eks:ListClusters", region, kinds: EKS_KINDS },
      (abortSignal) => listAll(paginateListClusters({ client: eks }, {}, { abortSignal }), (p) => p.clusters)
    )
  );
  if (!names.ok) {
    out.gaps.push(names.gap);
    out.clustersKnown = false;
    task.done();
    return out;
  }
  await Promise.all(
    names.value.map(async (clusterName) => {
      const described = await limit(
        () => session.attempt(
          { operation: "eks:DescribeCluster", region, kinds: EKS_KINDS, detail: `cluster ${clusterName}` },
          async (abortSignal) => (await eks.send(new DescribeClusterCommand({ name: clusterName }), { abortSignal })).cluster
        )
      );
      task.add(1);
      if (!described.ok || !described.value) {
        if (!described.ok) out.gaps.push(described.gap);
        out.clustersKnown = false;
        return;
      }
      const cluster = described.value;
      const issuer = cluster.identity?.oidc?.issuer?.replace(/^https:\/\//, "");
      out.clusters.push({ name: clusterName, arn: cluster.arn ?? clusterName, region, ...issuer ? { issuer } : {} });
      record(out, roleKeyOfRef(cluster.roleArn, account), dependent("eks-cluster", { id: cluster.arn ?? clusterName, name: clusterName, region, account, via: "cluster roleArn" }));
      const { kinds, roles } = await settled;
      await scanClusterParts(session, eks, region, clusterName, kinds, new Set(roles.map((r2) => r2.key)), out);
    })
  );
  task.done();
  return out;
}
async function scanClusterParts(session, eks, region, clusterName, kinds, affected, out) {
  const limit = session.limit("eks", region);
  const account = session.account;
  const detail = `cluster ${clusterName}`;
  async function part(kind, listOperation, list, describeOperation, describe, use) {
    if (!kinds.has(kind)) return;
    const items = await limit(() => session.attempt({ operation: listOperation, region, kinds: [kind], detail }, list));
    if (!items.ok) return void out.gaps.push(items.gap);
    await mapLimited(items.value, limit, async (item) => {
      const d2 = await session.attempt(
        { operation: describeOperation, region, kinds: [kind], detail: `${detail} ${item}` },
        (abortSignal) => describe(item, abortSignal)
      );
      if (!d2.ok) out.gaps.push(d2.gap);
      else if (d2.value) use(item, d2.value);
    });
  }
  await Promise.all([
    part(
      "eks-nodegroup",
      "eks:ListNodegroups",
      (abortSignal) => listAll(paginateListNodegroups({ client: eks }, { clusterName }, { abortSignal }), (p) => p.nodegroups),
      "eks:DescribeNodegroup",
      async (ng, abortSignal) => (await eks.send(new DescribeNodegroupCommand({ clusterName, nodegroupName: ng }), { abortSignal })).nodegroup,
      (ng, d2) => record(out, roleKeyOfRef(d2.nodeRole, account), dependent("eks-nodegroup", { id: d2.nodegroupArn ?? `${clusterName}/${ng}`, name: `${clusterName}/${ng}`, region, account, via: "node group nodeRole" }))
    ),
    part(
      "eks-fargate-profile",
      "eks:ListFargateProfiles",
      (abortSignal) => listAll(paginateListFargateProfiles({ client: eks }, { clusterName }, { abortSignal }), (p) => p.fargateProfileNames),
      "eks:DescribeFargateProfile",
      async (fp, abortSignal) => (await eks.send(new DescribeFargateProfileCommand({ clusterName, fargateProfileName: fp }), { abortSignal })).fargateProfile,
      (fp, d2) => record(
        out,
        roleKeyOfRef(d2.podExecutionRoleArn, account),
        dependent("eks-fargate-profile", { id: d2.fargateProfileArn ?? `${clusterName}/${fp}`, name: `${clusterName}/${fp}`, region, account, via: "Fargate profile podExecutionRoleArn" })
      )
    ),
    part(
      "eks-pod-identity",
      "eks:ListPodIdentityAssociations",
      // The summaries lack the role: each association must be described.
      (abortSignal) => listAll(
        paginateListPodIdentityAssociations({ client: eks }, { clusterName }, { abortSignal }),
        (p) => (p.associations ?? []).map((a2) => a2.associationId ?? "").filter(Boolean)
      ),
      "eks:DescribePodIdentityAssociation",
      async (id, abortSignal) => (await eks.send(new DescribePodIdentityAssociationCommand({ clusterName, associationId: id }), { abortSignal })).association,
      (id, d2) => {
        const sa = `${d2.namespace ?? "?"}/${d2.serviceAccount ?? "?"}`;
        record(
          out,
          roleKeyOfRef(d2.roleArn, account),
          dependent("eks-pod-identity", { id: d2.associationArn ?? `${clusterName}/${id}`, name: `${clusterName}/${sa}`, region, account, via: `Pod Identity association for system:serviceaccount:${d2.namespace ?? "?"}:${d2.serviceAccount ?? "?"}` })
        );
      }
    ),
    part(
      "eks-addon",
      "eks:ListAddons",
      (abortSignal) => listAll(paginateListAddons({ client: eks }, { clusterName }, { abortSignal }), (p) => p.addons),
      "eks:DescribeAddon",
      async (addon, abortSignal) => (await eks.send(new DescribeAddonCommand({ clusterName, addonName: addon }), { abortSignal })).addon,
      (addon, d2) => record(
        out,
        roleKeyOfRef(d2.serviceAccountRoleArn, account),
        dependent("eks-addon", { id: d2.addonArn ?? `${clusterName}/${addon}`, name: `${clusterName}/${addon}`, region, account, via: "add-on serviceAccountRoleArn" })
      )
    ),
    accessEntries()
  ]);
  async function accessEntries() {
    if (!kinds.has("eks-access-entry")) return;
    const listed = await limit(
      () => session.attempt(
        { operation: "eks:ListAccessEntries", region, kinds: ["eks-access-entry"], detail },
        (abortSignal) => listAll(paginateListAccessEntries({ client: eks }, { clusterName }, { abortSignal }), (p) => p.accessEntries)
      )
    );
    if (!listed.ok) return void out.gaps.push(listed.gap);
    await mapLimited(listed.value, limit, async (principalArn) => {
      const key = roleKeyOfRef(principalArn, account);
      if (!key || !affected.has(key)) return;
      const d2 = await session.attempt(
        { operation: "eks:DescribeAccessEntry", region, kinds: ["eks-access-entry"], detail: `${detail} ${principalArn}` },
        async (abortSignal) => (await eks.send(new DescribeAccessEntryCommand({ clusterName, principalArn }), { abortSignal })).accessEntry
      );
      const entry = d2.ok ? d2.value : void 0;
      const groups = entry?.kubernetesGroups?.length ? ` (groups ${entry.kubernetesGroups.join(", ")})` : "";
      record(
        out,
        key,
        dependent("eks-access-entry", { id: entry?.accessEntryArn ?? `${clusterName}/${principalArn}`, name: `${clusterName}/${entry?.username ?? principalArn.split("/").pop()}`, region, account, via: `access entry principalArn${groups}` })
      );
    });
  }
}
export {
  scanEks
};
