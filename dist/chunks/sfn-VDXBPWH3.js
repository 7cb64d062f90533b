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
  AwsJson1_0Protocol,
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

// node_modules/@aws-sdk/client-sfn/dist-es/SFNClient.js
init_client2();
init_dist_es();
init_client();
init_config();
init_endpoints();
init_protocols();
init_retry();
init_schema();

// node_modules/@aws-sdk/client-sfn/dist-es/auth/httpAuthSchemeProvider.js
init_httpAuthSchemes();
init_client();
var defaultSFNHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "states",
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
var defaultSFNHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-sfn/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "states"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-sfn/package.json
var package_default = {
  name: "@aws-sdk/client-sfn",
  version: "3.1164.0",
  description: "AWS SDK for JavaScript Sfn Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-sfn",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-sfn"
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
    "@aws-sdk/core": "^3.980.1",
    "@aws-sdk/credential-provider-node": "^3.972.94",
    "@aws-sdk/types": "^3.975.0",
    "@smithy/core": "^3.38.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/node-http-handler": "^4.14.0",
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

// node_modules/@aws-sdk/client-sfn/dist-es/runtimeConfig.js
init_client2();
init_httpAuthSchemes();
var import_credential_provider_node = __toESM(require_dist_cjs2());
init_client();
init_config();
init_retry();
init_serde();
var import_node_http_handler = __toESM(require_dist_cjs());

// node_modules/@aws-sdk/client-sfn/dist-es/runtimeConfig.shared.js
init_httpAuthSchemes();
init_protocols2();
init_checksum();
init_client();
init_protocols();
init_serde();

// node_modules/@aws-sdk/client-sfn/dist-es/endpoint/endpointResolver.js
init_client2();
init_endpoints();

// node_modules/@aws-sdk/client-sfn/dist-es/endpoint/bdd.js
init_endpoints();
var m = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "stringEquals";
var g = "getAttr";
var h = { [m]: "Endpoint" };
var i = { [m]: "Region" };
var j = { [m]: d };
var k = {};
var l = [i];
var _data = {
  conditions: [
    [c, [h]],
    [c, l],
    ["aws.partition", l, d],
    [e, [{ [m]: "UseFIPS" }, b]],
    [e, [{ [m]: "UseDualStack" }, b]],
    [f, [i, "us-gov-west-1"]],
    [e, [{ fn: g, argv: [j, "supportsFIPS"] }, b]],
    [f, [{ fn: g, argv: [j, "name"] }, "aws-us-gov"]],
    [e, [{ fn: g, argv: [j, "supportsDualStack"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, k],
    ["https://states.{Region}.{PartitionResult#dnsSuffix}", k],
    ["https://states-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://states-fips.{Region}.{PartitionResult#dnsSuffix}", k],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://states.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
    [a, "DualStack is enabled but this partition does not support DualStack"],
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
  r + 11,
  2,
  5,
  r + 11,
  3,
  9,
  6,
  4,
  7,
  r + 4,
  7,
  r + 5,
  8,
  8,
  r + 9,
  r + 10,
  4,
  12,
  10,
  5,
  r + 4,
  11,
  6,
  r + 7,
  r + 8,
  6,
  13,
  r + 6,
  8,
  r + 5,
  r + 6,
  3,
  r + 1,
  15,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-sfn/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-sfn/dist-es/schemas/schemas_0.js
init_schema();

// node_modules/@aws-sdk/client-sfn/dist-es/models/SFNServiceException.js
init_client();
var SFNServiceException = class _SFNServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sfn#SFNServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _SFNServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-sfn/dist-es/models/errors.js
var ActivityAlreadyExists = class _ActivityAlreadyExists extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#ActivityAlreadyExists";
  name = "ActivityAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ActivityAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ActivityAlreadyExists.prototype);
  }
};
var ActivityDoesNotExist = class _ActivityDoesNotExist extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#ActivityDoesNotExist";
  name = "ActivityDoesNotExist";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ActivityDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ActivityDoesNotExist.prototype);
  }
};
var ActivityLimitExceeded = class _ActivityLimitExceeded extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#ActivityLimitExceeded";
  name = "ActivityLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ActivityLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ActivityLimitExceeded.prototype);
  }
};
var ActivityWorkerLimitExceeded = class _ActivityWorkerLimitExceeded extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#ActivityWorkerLimitExceeded";
  name = "ActivityWorkerLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ActivityWorkerLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ActivityWorkerLimitExceeded.prototype);
  }
};
var InvalidEncryptionConfiguration = class _InvalidEncryptionConfiguration extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#InvalidEncryptionConfiguration";
  name = "InvalidEncryptionConfiguration";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidEncryptionConfiguration",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidEncryptionConfiguration.prototype);
  }
};
var InvalidName = class _InvalidName extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#InvalidName";
  name = "InvalidName";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidName",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidName.prototype);
  }
};
var KmsAccessDeniedException = class _KmsAccessDeniedException extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#KmsAccessDeniedException";
  name = "KmsAccessDeniedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KmsAccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsAccessDeniedException.prototype);
  }
};
var KmsThrottlingException = class _KmsThrottlingException extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#KmsThrottlingException";
  name = "KmsThrottlingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KmsThrottlingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsThrottlingException.prototype);
  }
};
var TooManyTags = class _TooManyTags extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#TooManyTags";
  name = "TooManyTags";
  $fault = "client";
  resourceName;
  constructor(opts) {
    super({
      name: "TooManyTags",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TooManyTags.prototype);
    this.resourceName = opts.resourceName;
  }
};
var ConflictException = class _ConflictException extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#ConflictException";
  name = "ConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
  }
};
var InvalidArn = class _InvalidArn extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#InvalidArn";
  name = "InvalidArn";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidArn",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidArn.prototype);
  }
};
var InvalidDefinition = class _InvalidDefinition extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#InvalidDefinition";
  name = "InvalidDefinition";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidDefinition",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidDefinition.prototype);
  }
};
var InvalidLoggingConfiguration = class _InvalidLoggingConfiguration extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#InvalidLoggingConfiguration";
  name = "InvalidLoggingConfiguration";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidLoggingConfiguration",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidLoggingConfiguration.prototype);
  }
};
var InvalidTracingConfiguration = class _InvalidTracingConfiguration extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#InvalidTracingConfiguration";
  name = "InvalidTracingConfiguration";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidTracingConfiguration",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidTracingConfiguration.prototype);
  }
};
var StateMachineAlreadyExists = class _StateMachineAlreadyExists extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#StateMachineAlreadyExists";
  name = "StateMachineAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StateMachineAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StateMachineAlreadyExists.prototype);
  }
};
var StateMachineDeleting = class _StateMachineDeleting extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#StateMachineDeleting";
  name = "StateMachineDeleting";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StateMachineDeleting",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StateMachineDeleting.prototype);
  }
};
var StateMachineLimitExceeded = class _StateMachineLimitExceeded extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#StateMachineLimitExceeded";
  name = "StateMachineLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StateMachineLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StateMachineLimitExceeded.prototype);
  }
};
var StateMachineTypeNotSupported = class _StateMachineTypeNotSupported extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#StateMachineTypeNotSupported";
  name = "StateMachineTypeNotSupported";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StateMachineTypeNotSupported",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StateMachineTypeNotSupported.prototype);
  }
};
var ValidationException = class _ValidationException extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#ValidationException";
  name = "ValidationException";
  $fault = "client";
  reason;
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
    this.reason = opts.reason;
  }
};
var ResourceNotFound = class _ResourceNotFound extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#ResourceNotFound";
  name = "ResourceNotFound";
  $fault = "client";
  resourceName;
  constructor(opts) {
    super({
      name: "ResourceNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFound.prototype);
    this.resourceName = opts.resourceName;
  }
};
var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#ServiceQuotaExceededException";
  name = "ServiceQuotaExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceQuotaExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
  }
};
var ExecutionDoesNotExist = class _ExecutionDoesNotExist extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#ExecutionDoesNotExist";
  name = "ExecutionDoesNotExist";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExecutionDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExecutionDoesNotExist.prototype);
  }
};
var KmsInvalidStateException = class _KmsInvalidStateException extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#KmsInvalidStateException";
  name = "KmsInvalidStateException";
  $fault = "client";
  kmsKeyState;
  constructor(opts) {
    super({
      name: "KmsInvalidStateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsInvalidStateException.prototype);
    this.kmsKeyState = opts.kmsKeyState;
  }
};
var StateMachineDoesNotExist = class _StateMachineDoesNotExist extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#StateMachineDoesNotExist";
  name = "StateMachineDoesNotExist";
  $fault = "client";
  constructor(opts) {
    super({
      name: "StateMachineDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StateMachineDoesNotExist.prototype);
  }
};
var InvalidToken = class _InvalidToken extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#InvalidToken";
  name = "InvalidToken";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidToken",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidToken.prototype);
  }
};
var ExecutionLimitExceeded = class _ExecutionLimitExceeded extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#ExecutionLimitExceeded";
  name = "ExecutionLimitExceeded";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExecutionLimitExceeded",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExecutionLimitExceeded.prototype);
  }
};
var ExecutionNotRedrivable = class _ExecutionNotRedrivable extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#ExecutionNotRedrivable";
  name = "ExecutionNotRedrivable";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExecutionNotRedrivable",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExecutionNotRedrivable.prototype);
  }
};
var TaskDoesNotExist = class _TaskDoesNotExist extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#TaskDoesNotExist";
  name = "TaskDoesNotExist";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TaskDoesNotExist",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TaskDoesNotExist.prototype);
  }
};
var TaskTimedOut = class _TaskTimedOut extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#TaskTimedOut";
  name = "TaskTimedOut";
  $fault = "client";
  constructor(opts) {
    super({
      name: "TaskTimedOut",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TaskTimedOut.prototype);
  }
};
var InvalidOutput = class _InvalidOutput extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#InvalidOutput";
  name = "InvalidOutput";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidOutput",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOutput.prototype);
  }
};
var ExecutionAlreadyExists = class _ExecutionAlreadyExists extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#ExecutionAlreadyExists";
  name = "ExecutionAlreadyExists";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExecutionAlreadyExists",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExecutionAlreadyExists.prototype);
  }
};
var InvalidExecutionInput = class _InvalidExecutionInput extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#InvalidExecutionInput";
  name = "InvalidExecutionInput";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidExecutionInput",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidExecutionInput.prototype);
  }
};
var MissingRequiredParameter = class _MissingRequiredParameter extends SFNServiceException {
  static shapeId = "com.amazonaws.sfn#MissingRequiredParameter";
  name = "MissingRequiredParameter";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MissingRequiredParameter",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MissingRequiredParameter.prototype);
  }
};

// node_modules/@aws-sdk/client-sfn/dist-es/schemas/schemas_0.js
var _AAE = "ActivityAlreadyExists";
var _ADNE = "ActivityDoesNotExist";
var _ALE = "ActivityLimitExceeded";
var _AWLE = "ActivityWorkerLimitExceeded";
var _BD = "BillingDetails";
var _CE = "ConflictException";
var _CWEEDD = "CloudWatchEventsExecutionDataDetails";
var _CWLLG = "CloudWatchLogsLogGroup";
var _D = "Definition";
var _DSMIe = "DescribeStateMachineInput";
var _DSMOe = "DescribeStateMachineOutput";
var _DSMe = "DescribeStateMachine";
var _EAE = "ExecutionAlreadyExists";
var _EC = "EncryptionConfiguration";
var _EDNE = "ExecutionDoesNotExist";
var _EHI = "ExceptionHandlerIndex";
var _ELE = "ExecutionLimitExceeded";
var _ENR = "ExecutionNotRedrivable";
var _IA = "InvalidArn";
var _ID = "InvalidDefinition";
var _IDR = "InspectionDataRequest";
var _IDRn = "InspectionDataResponse";
var _IDn = "InspectionData";
var _IEC = "InvalidEncryptionConfiguration";
var _IED = "InspectionErrorDetails";
var _IEI = "InvalidExecutionInput";
var _ILC = "InvalidLoggingConfiguration";
var _IMC = "InspectionMaxConcurrency";
var _IN = "InvalidName";
var _IO = "InvalidOutput";
var _IT = "InvalidToken";
var _ITC = "InvalidTracingConfiguration";
var _ITFC = "InspectionToleratedFailureCount";
var _ITFP = "InspectionToleratedFailurePercentage";
var _KADE = "KmsAccessDeniedException";
var _KISE = "KmsInvalidStateException";
var _KTE = "KmsThrottlingException";
var _LC = "LoggingConfiguration";
var _LD = "LogDestination";
var _LDL = "LogDestinationList";
var _LSM = "ListStateMachines";
var _LSMI = "ListStateMachinesInput";
var _LSMO = "ListStateMachinesOutput";
var _MEO = "MockErrorOutput";
var _MI = "MockInput";
var _MRP = "MissingRequiredParameter";
var _RBIS = "RetryBackoffIntervalSeconds";
var _RNF = "ResourceNotFound";
var _SC = "SensitiveCause";
var _SD = "SensitiveData";
var _SE = "SensitiveError";
var _SMAE = "StateMachineAlreadyExists";
var _SMD = "StateMachineDeleting";
var _SMDNE = "StateMachineDoesNotExist";
var _SML = "StateMachineList";
var _SMLE = "StateMachineLimitExceeded";
var _SMLI = "StateMachineListItem";
var _SMTNS = "StateMachineTypeNotSupported";
var _SQEE = "ServiceQuotaExceededException";
var _SSE = "StartSyncExecution";
var _SSEI = "StartSyncExecutionInput";
var _SSEO = "StartSyncExecutionOutput";
var _TCr = "TracingConfiguration";
var _TDNE = "TaskDoesNotExist";
var _TMT = "TooManyTags";
var _TS = "TestState";
var _TSC = "TestStateConfiguration";
var _TSI = "TestStateInput";
var _TSO = "TestStateOutput";
var _TSSN = "TestStateStateName";
var _TTO = "TaskTimedOut";
var _URI = "UntagResourceInput";
var _VD = "VersionDescription";
var _VE = "ValidationException";
var _VN = "VariableName";
var _VNL = "VariableNameList";
var _VR = "VariableReferences";
var _aAf = "afterArguments";
var _aIB = "afterItemBatcher";
var _aIP = "afterInputPath";
var _aIPf = "afterItemsPath";
var _aIPft = "afterItemsPointer";
var _aIS = "afterItemSelector";
var _aP = "afterParameters";
var _aRP = "afterResultPath";
var _aRS = "afterResultSelector";
var _b = "body";
var _bD = "billingDetails";
var _bDIM = "billedDurationInMilliseconds";
var _bMUIMB = "billedMemoryUsedInMB";
var _c = "client";
var _cD = "creationDate";
var _cI = "catchIndex";
var _cWLLG = "cloudWatchLogsLogGroup";
var _ca = "cause";
var _co = "context";
var _d = "description";
var _de = "definition";
var _des = "destinations";
var _e = "error";
var _eA = "executionArn";
var _eC = "encryptionConfiguration";
var _eCBS = "errorCausedByState";
var _eD = "errorDetails";
var _eO = "errorOutput";
var _en = "enabled";
var _end = "endpoint";
var _fVM = "fieldValidationMode";
var _h = "headers";
var _hE = "httpError";
var _i = "input";
var _iD = "inputDetails";
var _iDn = "includedData";
var _iDns = "inspectionData";
var _iED = "includeExecutionData";
var _iL = "inspectionLevel";
var _in = "included";
var _kDKRPS = "kmsDataKeyReusePeriodSeconds";
var _kKI = "kmsKeyId";
var _kKS = "kmsKeyState";
var _l = "label";
var _lC = "loggingConfiguration";
var _lGA = "logGroupArn";
var _le = "level";
var _m = "message";
var _mC = "maxConcurrency";
var _mIFC = "mapIterationFailureCount";
var _mIRD = "mapItemReaderData";
var _mR = "maxResults";
var _me = "method";
var _mo = "mock";
var _n = "name";
var _nS = "nextState";
var _nT = "nextToken";
var _o = "output";
var _oD = "outputDetails";
var _pr = "protocol";
var _r = "reason";
var _rA = "roleArn";
var _rAe = "resourceArn";
var _rBIS = "retryBackoffIntervalSeconds";
var _rI = "revisionId";
var _rIe = "retryIndex";
var _rN = "resourceName";
var _rRC = "retrierRetryCount";
var _rSe = "revealSecrets";
var _req = "request";
var _res = "result";
var _resp = "response";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.sfn";
var _sC = "statusCode";
var _sCt = "stateConfiguration";
var _sD = "startDate";
var _sDt = "stopDate";
var _sM = "statusMessage";
var _sMA = "stateMachineArn";
var _sMt = "stateMachines";
var _sN = "stateName";
var _st = "status";
var _tC = "tracingConfiguration";
var _tFC = "toleratedFailureCount";
var _tFP = "toleratedFailurePercentage";
var _tH = "traceHeader";
var _tK = "tagKeys";
var _ty = "type";
var _u = "url";
var _v = "variables";
var _vR = "variableReferences";
var n0 = "com.amazonaws.sfn";
var _s_registry = new TypeRegistry(_s);
var SFNServiceException$ = [-3, _s, "SFNServiceException", 0, [], []];
_s_registry.registerError(SFNServiceException$, SFNServiceException);
var n0_registry = new TypeRegistry(n0);
var ActivityAlreadyExists$ = [
  -3,
  n0,
  _AAE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ActivityAlreadyExists$, ActivityAlreadyExists);
var ActivityDoesNotExist$ = [
  -3,
  n0,
  _ADNE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ActivityDoesNotExist$, ActivityDoesNotExist);
var ActivityLimitExceeded$ = [
  -3,
  n0,
  _ALE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ActivityLimitExceeded$, ActivityLimitExceeded);
var ActivityWorkerLimitExceeded$ = [
  -3,
  n0,
  _AWLE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ActivityWorkerLimitExceeded$, ActivityWorkerLimitExceeded);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var ExecutionAlreadyExists$ = [
  -3,
  n0,
  _EAE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ExecutionAlreadyExists$, ExecutionAlreadyExists);
var ExecutionDoesNotExist$ = [
  -3,
  n0,
  _EDNE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ExecutionDoesNotExist$, ExecutionDoesNotExist);
var ExecutionLimitExceeded$ = [
  -3,
  n0,
  _ELE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ExecutionLimitExceeded$, ExecutionLimitExceeded);
var ExecutionNotRedrivable$ = [
  -3,
  n0,
  _ENR,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(ExecutionNotRedrivable$, ExecutionNotRedrivable);
var InvalidArn$ = [
  -3,
  n0,
  _IA,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidArn$, InvalidArn);
var InvalidDefinition$ = [
  -3,
  n0,
  _ID,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidDefinition$, InvalidDefinition);
var InvalidEncryptionConfiguration$ = [
  -3,
  n0,
  _IEC,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidEncryptionConfiguration$, InvalidEncryptionConfiguration);
var InvalidExecutionInput$ = [
  -3,
  n0,
  _IEI,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidExecutionInput$, InvalidExecutionInput);
var InvalidLoggingConfiguration$ = [
  -3,
  n0,
  _ILC,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidLoggingConfiguration$, InvalidLoggingConfiguration);
var InvalidName$ = [
  -3,
  n0,
  _IN,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidName$, InvalidName);
var InvalidOutput$ = [
  -3,
  n0,
  _IO,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidOutput$, InvalidOutput);
var InvalidToken$ = [
  -3,
  n0,
  _IT,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidToken$, InvalidToken);
var InvalidTracingConfiguration$ = [
  -3,
  n0,
  _ITC,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(InvalidTracingConfiguration$, InvalidTracingConfiguration);
var KmsAccessDeniedException$ = [
  -3,
  n0,
  _KADE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(KmsAccessDeniedException$, KmsAccessDeniedException);
var KmsInvalidStateException$ = [
  -3,
  n0,
  _KISE,
  { [_e]: _c },
  [_kKS, _m],
  [0, 0]
];
n0_registry.registerError(KmsInvalidStateException$, KmsInvalidStateException);
var KmsThrottlingException$ = [
  -3,
  n0,
  _KTE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(KmsThrottlingException$, KmsThrottlingException);
var MissingRequiredParameter$ = [
  -3,
  n0,
  _MRP,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(MissingRequiredParameter$, MissingRequiredParameter);
var ResourceNotFound$ = [
  -3,
  n0,
  _RNF,
  { [_e]: _c, [_hE]: 404 },
  [_m, _rN],
  [0, 0]
];
n0_registry.registerError(ResourceNotFound$, ResourceNotFound);
var ServiceQuotaExceededException$ = [
  -3,
  n0,
  _SQEE,
  { [_e]: _c, [_hE]: 402 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var StateMachineAlreadyExists$ = [
  -3,
  n0,
  _SMAE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(StateMachineAlreadyExists$, StateMachineAlreadyExists);
var StateMachineDeleting$ = [
  -3,
  n0,
  _SMD,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(StateMachineDeleting$, StateMachineDeleting);
var StateMachineDoesNotExist$ = [
  -3,
  n0,
  _SMDNE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(StateMachineDoesNotExist$, StateMachineDoesNotExist);
var StateMachineLimitExceeded$ = [
  -3,
  n0,
  _SMLE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(StateMachineLimitExceeded$, StateMachineLimitExceeded);
var StateMachineTypeNotSupported$ = [
  -3,
  n0,
  _SMTNS,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(StateMachineTypeNotSupported$, StateMachineTypeNotSupported);
var TaskDoesNotExist$ = [
  -3,
  n0,
  _TDNE,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(TaskDoesNotExist$, TaskDoesNotExist);
var TaskTimedOut$ = [
  -3,
  n0,
  _TTO,
  { [_e]: _c },
  [_m],
  [0]
];
n0_registry.registerError(TaskTimedOut$, TaskTimedOut);
var TooManyTags$ = [
  -3,
  n0,
  _TMT,
  { [_e]: _c, [_hE]: 400 },
  [_m, _rN],
  [0, 0]
];
n0_registry.registerError(TooManyTags$, TooManyTags);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { [_e]: _c, [_hE]: 400 },
  [_m, _r],
  [0, 0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var Definition = [0, n0, _D, 8, 0];
var ExceptionHandlerIndex = [0, n0, _EHI, 8, 1];
var InspectionMaxConcurrency = [0, n0, _IMC, 8, 1];
var InspectionToleratedFailureCount = [0, n0, _ITFC, 8, 1];
var InspectionToleratedFailurePercentage = [0, n0, _ITFP, 8, 1];
var RetryBackoffIntervalSeconds = [0, n0, _RBIS, 8, 1];
var SensitiveCause = [0, n0, _SC, 8, 0];
var SensitiveData = [0, n0, _SD, 8, 0];
var SensitiveError = [0, n0, _SE, 8, 0];
var TestStateStateName = [0, n0, _TSSN, 8, 0];
var VariableName = [0, n0, _VN, 8, 0];
var VersionDescription = [0, n0, _VD, 8, 0];
var BillingDetails$ = [
  3,
  n0,
  _BD,
  0,
  [_bMUIMB, _bDIM],
  [1, 1]
];
var CloudWatchEventsExecutionDataDetails$ = [
  3,
  n0,
  _CWEEDD,
  0,
  [_in],
  [2]
];
var CloudWatchLogsLogGroup$ = [
  3,
  n0,
  _CWLLG,
  0,
  [_lGA],
  [0]
];
var DescribeStateMachineInput$ = [
  3,
  n0,
  _DSMIe,
  0,
  [_sMA, _iDn],
  [0, 0],
  1
];
var DescribeStateMachineOutput$ = [
  3,
  n0,
  _DSMOe,
  0,
  [_sMA, _n, _de, _rA, _ty, _cD, _st, _lC, _tC, _l, _rI, _d, _eC, _vR],
  [0, 0, [() => Definition, 0], 0, 0, 4, 0, () => LoggingConfiguration$, () => TracingConfiguration$, 0, 0, [() => VersionDescription, 0], () => EncryptionConfiguration$, [() => VariableReferences, 0]],
  6
];
var EncryptionConfiguration$ = [
  3,
  n0,
  _EC,
  0,
  [_ty, _kKI, _kDKRPS],
  [0, 0, 1],
  1
];
var InspectionData$ = [
  3,
  n0,
  _IDn,
  8,
  [_i, _aAf, _aIP, _aP, _res, _aRS, _aRP, _req, _resp, _v, _eD, _aIPf, _aIS, _aIB, _aIPft, _tFC, _tFP, _mC],
  [[() => SensitiveData, 0], [() => SensitiveData, 0], [() => SensitiveData, 0], [() => SensitiveData, 0], [() => SensitiveData, 0], [() => SensitiveData, 0], [() => SensitiveData, 0], () => InspectionDataRequest$, () => InspectionDataResponse$, [() => SensitiveData, 0], [() => InspectionErrorDetails$, 0], [() => SensitiveData, 0], [() => SensitiveData, 0], [() => SensitiveData, 0], [() => SensitiveData, 0], [() => InspectionToleratedFailureCount, 0], [() => InspectionToleratedFailurePercentage, 0], [() => InspectionMaxConcurrency, 0]]
];
var InspectionDataRequest$ = [
  3,
  n0,
  _IDR,
  0,
  [_pr, _me, _u, _h, _b],
  [0, 0, 0, 0, 0]
];
var InspectionDataResponse$ = [
  3,
  n0,
  _IDRn,
  0,
  [_pr, _sC, _sM, _h, _b],
  [0, 0, 0, 0, 0]
];
var InspectionErrorDetails$ = [
  3,
  n0,
  _IED,
  0,
  [_cI, _rIe, _rBIS],
  [[() => ExceptionHandlerIndex, 0], [() => ExceptionHandlerIndex, 0], [() => RetryBackoffIntervalSeconds, 0]]
];
var ListStateMachinesInput$ = [
  3,
  n0,
  _LSMI,
  0,
  [_mR, _nT],
  [1, 0]
];
var ListStateMachinesOutput$ = [
  3,
  n0,
  _LSMO,
  0,
  [_sMt, _nT],
  [() => StateMachineList, 0],
  1
];
var LogDestination$ = [
  3,
  n0,
  _LD,
  0,
  [_cWLLG],
  [() => CloudWatchLogsLogGroup$]
];
var LoggingConfiguration$ = [
  3,
  n0,
  _LC,
  0,
  [_le, _iED, _des],
  [0, 2, () => LogDestinationList]
];
var MockErrorOutput$ = [
  3,
  n0,
  _MEO,
  0,
  [_e, _ca],
  [[() => SensitiveError, 0], [() => SensitiveCause, 0]]
];
var MockInput$ = [
  3,
  n0,
  _MI,
  0,
  [_res, _eO, _fVM],
  [[() => SensitiveData, 0], [() => MockErrorOutput$, 0], 0]
];
var StartSyncExecutionInput$ = [
  3,
  n0,
  _SSEI,
  0,
  [_sMA, _n, _i, _tH, _iDn],
  [0, 0, [() => SensitiveData, 0], 0, 0],
  1
];
var StartSyncExecutionOutput$ = [
  3,
  n0,
  _SSEO,
  0,
  [_eA, _sD, _sDt, _st, _sMA, _n, _e, _ca, _i, _iD, _o, _oD, _tH, _bD],
  [0, 4, 4, 0, 0, 0, [() => SensitiveError, 0], [() => SensitiveCause, 0], [() => SensitiveData, 0], () => CloudWatchEventsExecutionDataDetails$, [() => SensitiveData, 0], () => CloudWatchEventsExecutionDataDetails$, 0, () => BillingDetails$],
  4
];
var StateMachineListItem$ = [
  3,
  n0,
  _SMLI,
  0,
  [_sMA, _n, _ty, _cD],
  [0, 0, 0, 4],
  4
];
var TestStateConfiguration$ = [
  3,
  n0,
  _TSC,
  0,
  [_rRC, _eCBS, _mIFC, _mIRD],
  [1, [() => TestStateStateName, 0], 1, [() => SensitiveData, 0]]
];
var TestStateInput$ = [
  3,
  n0,
  _TSI,
  0,
  [_de, _rA, _i, _iL, _rSe, _v, _sN, _mo, _co, _sCt],
  [[() => Definition, 0], 0, [() => SensitiveData, 0], 0, 2, [() => SensitiveData, 0], [() => TestStateStateName, 0], [() => MockInput$, 0], [() => SensitiveData, 0], [() => TestStateConfiguration$, 0]],
  1
];
var TestStateOutput$ = [
  3,
  n0,
  _TSO,
  0,
  [_o, _e, _ca, _iDns, _nS, _st],
  [[() => SensitiveData, 0], [() => SensitiveError, 0], [() => SensitiveCause, 0], [() => InspectionData$, 0], 0, 0]
];
var TracingConfiguration$ = [
  3,
  n0,
  _TCr,
  0,
  [_en],
  [2]
];
var UntagResourceInput$ = [
  3,
  n0,
  _URI,
  0,
  [_rAe, _tK],
  [0, 64 | 0],
  2
];
var LogDestinationList = [
  1,
  n0,
  _LDL,
  0,
  () => LogDestination$
];
var StateMachineList = [
  1,
  n0,
  _SML,
  0,
  () => StateMachineListItem$
];
var TagKeyList = 64 | 0;
var VariableNameList = [
  1,
  n0,
  _VNL,
  0,
  [
    () => VariableName,
    0
  ]
];
var VariableReferences = [
  2,
  n0,
  _VR,
  8,
  [
    0,
    0
  ],
  [
    () => VariableNameList,
    0
  ]
];
var DescribeStateMachine$ = [
  9,
  n0,
  _DSMe,
  0,
  () => DescribeStateMachineInput$,
  () => DescribeStateMachineOutput$
];
var ListStateMachines$ = [
  9,
  n0,
  _LSM,
  0,
  () => ListStateMachinesInput$,
  () => ListStateMachinesOutput$
];
var StartSyncExecution$ = [
  9,
  n0,
  _SSE,
  { [_end]: ["sync-"] },
  () => StartSyncExecutionInput$,
  () => StartSyncExecutionOutput$
];
var TestState$ = [
  9,
  n0,
  _TS,
  { [_end]: ["sync-"] },
  () => TestStateInput$,
  () => TestStateOutput$
];

// node_modules/@aws-sdk/client-sfn/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2016-11-23",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSFNHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_0Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.sfn",
      errorTypeRegistries,
      xmlNamespace: "http://swf.amazonaws.com/doc/2015-07-20/",
      version: "2016-11-23",
      serviceTarget: "AWSStepFunctions"
    },
    serviceId: config?.serviceId ?? "SFN",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-sfn/dist-es/runtimeConfig.js
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
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
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

// node_modules/@aws-sdk/client-sfn/dist-es/runtimeExtensions.js
init_client2();
init_client();
init_protocols();

// node_modules/@aws-sdk/client-sfn/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-sfn/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-sfn/dist-es/SFNClient.js
var SFNClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultSFNHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-sfn/dist-es/commandBuilder.js
init_client();
init_endpoints();
var command = makeBuilder(commonParams, "AWSStepFunctions", "SFNClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-sfn/dist-es/commands/DescribeStateMachineCommand.js
var DescribeStateMachineCommand = class extends command(_ep0, _mw0, "DescribeStateMachine", DescribeStateMachine$) {
};

// node_modules/@aws-sdk/client-sfn/dist-es/commands/ListStateMachinesCommand.js
var ListStateMachinesCommand = class extends command(_ep0, _mw0, "ListStateMachines", ListStateMachines$) {
};

// node_modules/@aws-sdk/client-sfn/dist-es/pagination/ListStateMachinesPaginator.js
init_dist_es();
var paginateListStateMachines = createPaginator(SFNClient, ListStateMachinesCommand, "nextToken", "nextToken", "maxResults");

// src/inventory/live/scans/sfn.ts
var scanSfn = async ({ session, region }) => {
  const out = emptyOutput();
  const sfn = session.client("states", region, SFNClient);
  const limit = session.limit("states", region);
  const task = session.run.progress.start(`states ${region}`, "state machines");
  const listed = await limit(
    () => session.attempt({ operation: "states:ListStateMachines", region, kinds: ["sfn-state-machine"] }, async (abortSignal) => {
      const arns = [];
      for await (const page of paginateListStateMachines({ client: sfn }, {}, { abortSignal }))
        for (const m2 of page.stateMachines ?? []) if (m2.stateMachineArn) arns.push(m2.stateMachineArn);
      return arns;
    })
  );
  if (!listed.ok) out.gaps.push(listed.gap);
  else
    await mapLimited(listed.value, limit, async (arn) => {
      const d2 = await session.attempt(
        { operation: "states:DescribeStateMachine", region, kinds: ["sfn-state-machine"], detail: arn.split(":").pop() },
        async (abortSignal) => sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }), { abortSignal })
      );
      task.add(1);
      if (!d2.ok) return void out.gaps.push(d2.gap);
      record(out, roleKeyOfRef(d2.value.roleArn, session.account), dependent("sfn-state-machine", { id: arn, name: d2.value.name, region, account: session.account, via: "state machine roleArn" }));
    });
  task.done();
  return out;
};
export {
  scanSfn
};
