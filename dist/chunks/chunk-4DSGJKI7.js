import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  INVENTORY_SCHEMA_VERSION
} from "./chunk-MQSTEF4H.js";
import {
  ALL_KINDS,
  IDENTITY_KINDS,
  addGap,
  admitsService,
  decodePolicy,
  newRoleWork,
  readTrust,
  serviceAccountOf
} from "./chunk-BYXSPUGG.js";
import {
  createLimiter,
  createRateGate,
  mapLimited
} from "./chunk-JGKL4APN.js";
import {
  fillTemplate,
  iamRegion,
  parseArn,
  roleKey
} from "./chunk-L2OTJWW4.js";
import {
  AwsQueryProtocol,
  AwsSdkSigV4ASigner,
  AwsSdkSigV4Signer,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NODE_SIGV4A_CONFIG_OPTIONS,
  NoAuthSigner,
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
  require_dist_cjs,
  require_dist_cjs2,
  require_dist_cjs3,
  resolveAwsRegionExtensionConfiguration,
  resolveAwsSdkSigV4AConfig,
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
  resolveParams,
  resolveRegionConfig,
  toBase64,
  toUtf8
} from "./chunk-RNLHTGMN.js";
import {
  __toESM
} from "./chunk-UUTPRXCH.js";

// src/inventory/live/failure.ts
var DENIED = /* @__PURE__ */ new Set([
  "AccessDenied",
  "AccessDeniedException",
  "UnauthorizedOperation",
  "UnauthorizedException",
  "AuthorizationError",
  "AuthorizationErrorException",
  "Forbidden"
]);
var THROTTLED = /* @__PURE__ */ new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "PriorRequestNotComplete"
]);
var BAD_CREDENTIALS = /* @__PURE__ */ new Set([
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "AuthFailure",
  "ExpiredToken",
  "ExpiredTokenException",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "CredentialsProviderError"
]);
var UNREACHABLE = /* @__PURE__ */ new Set(["ECONNREFUSED", "ENOTFOUND", "ECONNRESET", "EAI_AGAIN", "ETIMEDOUT", "TimeoutError"]);
function errorName(e3) {
  if (e3 && typeof e3 === "object") {
    const o3 = e3;
    if (typeof o3.code === "string" && UNREACHABLE.has(o3.code)) return o3.code;
    if (typeof o3.name === "string" && o3.name !== "Error") return o3.name;
    if (typeof o3.Code === "string") return o3.Code;
    if (typeof o3.code === "string") return o3.code;
  }
  return "Error";
}
function isNoSuchEntity(e3) {
  const name = errorName(e3);
  return name === "NoSuchEntity" || name === "NoSuchEntityException" || name === "ResourceNotFoundException";
}
function httpStatus(e3) {
  const o3 = e3;
  return o3?.$metadata?.httpStatusCode ?? o3?.$response?.statusCode;
}
function firstLine(e3) {
  const message = e3 instanceof Error ? e3.message : String(e3);
  return (message.split("\n")[0] ?? "").slice(0, 160);
}
function failureReason(e3, ctx) {
  const where = (ctx.region && ctx.region !== "global" ? ` in ${ctx.region}` : "") + (ctx.foreignAccount && ctx.account ? ` of account ${ctx.account}` : "") + (ctx.detail ? ` (${ctx.detail})` : "");
  const name = errorName(e3);
  if (ctx.deadlinePassed || name === "AbortError")
    return `${ctx.operation} did not finish${where}: deadline of ${Math.round(ctx.timeoutMs / 1e3)} s passed`;
  if (DENIED.has(name)) return `${ctx.operation} denied${where}`;
  if (THROTTLED.has(name)) return `${ctx.operation} throttled beyond ${ctx.maxAttempts} attempts${where}`;
  if (BAD_CREDENTIALS.has(name))
    return `${ctx.operation} rejected the credentials${where} (${name}; region not enabled, or no valid credentials)`;
  if (UNREACHABLE.has(name)) return `${ctx.operation} unreachable${where} (${name})`;
  if (name === "SyntaxError" || /Deserialization error|XML parse error/.test(e3 instanceof Error ? e3.message : "")) {
    const status = httpStatus(e3);
    return `${ctx.operation} failed${where}: unreadable answer${status ? ` (HTTP ${status})` : ""}; the endpoint may not serve this API`;
  }
  if (name === "OptInRequired") return `${ctx.operation} failed${where}: region not enabled (OptInRequired)`;
  return `${ctx.operation} failed${where}: ${name}: ${firstLine(e3)}`;
}
function gapOf(reason, ctx, kinds) {
  const gap = { operation: ctx.operation, reason };
  if (ctx.region) gap.region = ctx.region;
  if (ctx.account) gap.account = ctx.account;
  if (kinds) gap.kinds = [...kinds];
  return gap;
}

// node_modules/@aws-sdk/client-iam/dist-es/IAMClient.js
init_client2();
init_dist_es();
init_client();
init_config();
init_endpoints();
init_protocols();
init_retry();
init_schema();

// node_modules/@aws-sdk/client-iam/dist-es/auth/httpAuthSchemeProvider.js
init_httpAuthSchemes();
init_client();
var defaultIAMHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
      name: "iam",
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
var defaultIAMHttpAuthSchemeProvider = (authParameters) => {
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

// node_modules/@aws-sdk/client-iam/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "iam"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-iam/package.json
var package_default = {
  name: "@aws-sdk/client-iam",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Iam Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-iam",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-iam"
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
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.0",
    "@aws-sdk/credential-provider-node": "^3.972.97",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.js
init_client2();
init_httpAuthSchemes();
var import_credential_provider_node = __toESM(require_dist_cjs3());
init_client();
init_config();
init_retry();
init_serde();
var import_node_http_handler = __toESM(require_dist_cjs2());

// node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.shared.js
init_httpAuthSchemes();
init_protocols2();
init_checksum();
init_client();
init_protocols();
init_serde();

// node_modules/@aws-sdk/client-iam/dist-es/endpoint/endpointResolver.js
init_client2();
init_endpoints();

// node_modules/@aws-sdk/client-iam/dist-es/endpoint/bdd.js
init_endpoints();
var v = "ref";
var w = "authSchemes";
var x = "name";
var y = "signingRegion";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "stringEquals";
var f = "booleanEquals";
var g = "getAttr";
var h = { [v]: "Endpoint" };
var i = { "fn": g, "argv": [{ [v]: d }, "name"] };
var j = { [v]: d };
var k = { [w]: [{ [x]: "sigv4", [y]: "us-east-1" }] };
var l = { [w]: [{ [x]: "sigv4", [y]: "cn-north-1" }] };
var m = { [w]: [{ [x]: "sigv4", [y]: "us-gov-west-1" }] };
var n = { [w]: [{ [x]: "sigv4", [y]: "us-iso-east-1" }] };
var o = { [w]: [{ [x]: "sigv4", [y]: "us-isob-east-1" }] };
var p = { [w]: [{ [x]: "sigv4", [y]: "eu-isoe-west-1" }] };
var q = { [w]: [{ [x]: "sigv4", [y]: "us-isof-south-1" }] };
var s = { [w]: [{ [x]: "sigv4", [y]: "eusc-de-east-1" }] };
var t = { [w]: [{ [x]: "sigv4", [y]: "{PartitionResult#implicitGlobalRegion}" }] };
var u = [{ [v]: "Region" }];
var _data = {
  conditions: [
    [c, [h]],
    [c, u],
    ["aws.partition", u, d],
    [e, [i, "aws"]],
    [e, [i, "aws-cn"]],
    [e, [i, "aws-us-gov"]],
    [e, [i, "aws-iso"]],
    [f, [{ [v]: "UseFIPS" }, b]],
    [f, [{ [v]: "UseDualStack" }, b]],
    [e, [i, "aws-iso-b"]],
    [e, [i, "aws-iso-e"]],
    [e, [i, "aws-iso-f"]],
    [e, [i, "aws-eusc"]],
    [f, [{ fn: g, argv: [j, "supportsDualStack"] }, b]],
    [f, [{ fn: g, argv: [j, "supportsFIPS"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [h, {}],
    ["https://iam.amazonaws.com", k],
    ["https://iam-fips.amazonaws.com", k],
    ["https://iam.global.api.aws", k],
    ["https://iam-fips.global.api.aws", k],
    ["https://iam.global.api.amazonwebservices.com.cn", l],
    ["https://iam-fips.api.amazonwebservices.com.cn", l],
    ["https://iam.cn-north-1.amazonaws.com.cn", l],
    ["https://iam-fips.amazonaws.com.cn", l],
    ["https://iam.us-gov.api.aws", m],
    ["https://iam.us-gov.amazonaws.com", m],
    ["https://iam.us-iso-east-1.c2s.ic.gov", n],
    ["https://iam-fips.us-iso-east-1.c2s.ic.gov", n],
    ["https://iam.api.aws.ic.gov", n],
    ["https://iam-fips.api.aws.ic.gov", n],
    ["https://iam.us-isob-east-1.sc2s.sgov.gov", o],
    ["https://iam-fips.us-isob-east-1.sc2s.sgov.gov", o],
    ["https://iam.api.aws.scloud", o],
    ["https://iam-fips.api.aws.scloud", o],
    ["https://iam.eu-isoe-west-1.cloud.adc-e.uk", p],
    ["https://iam-fips.cloud.adc-e.uk", p],
    ["https://iam.api.cloud-aws.adc-e.uk", p],
    ["https://iam-fips.api.cloud-aws.adc-e.uk", p],
    ["https://iam.us-isof-south-1.csp.hci.ic.gov", q],
    ["https://iam-fips.csp.hci.ic.gov", q],
    ["https://iam.api.aws.hci.ic.gov", q],
    ["https://iam-fips.api.aws.hci.ic.gov", q],
    ["https://iam.eusc-de-east-1.amazonaws.eu", s],
    ["https://iam-fips.amazonaws.eu", s],
    ["https://iam.global.api.amazonwebservices.eu", s],
    ["https://iam-fips.api.amazonwebservices.eu", s],
    ["https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t],
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
  42,
  3,
  1,
  4,
  r + 41,
  2,
  5,
  r + 41,
  3,
  39,
  6,
  4,
  36,
  7,
  5,
  35,
  8,
  6,
  32,
  9,
  7,
  20,
  10,
  8,
  15,
  11,
  9,
  r + 18,
  12,
  10,
  r + 22,
  13,
  11,
  r + 26,
  14,
  12,
  r + 30,
  r + 40,
  9,
  r + 20,
  16,
  10,
  r + 24,
  17,
  11,
  r + 28,
  18,
  12,
  r + 32,
  19,
  13,
  r + 38,
  r + 39,
  8,
  26,
  21,
  9,
  r + 19,
  22,
  10,
  r + 23,
  23,
  11,
  r + 27,
  24,
  12,
  r + 31,
  25,
  14,
  r + 36,
  r + 37,
  9,
  r + 21,
  27,
  10,
  r + 25,
  28,
  11,
  r + 29,
  29,
  12,
  r + 33,
  30,
  13,
  31,
  r + 35,
  14,
  r + 34,
  r + 35,
  7,
  34,
  33,
  8,
  r + 16,
  r + 14,
  8,
  r + 17,
  r + 15,
  8,
  r + 12,
  r + 13,
  7,
  38,
  37,
  8,
  r + 8,
  r + 10,
  8,
  r + 9,
  r + 11,
  7,
  41,
  40,
  8,
  r + 6,
  r + 4,
  8,
  r + 7,
  r + 5,
  7,
  r + 1,
  43,
  8,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-iam/dist-es/endpoint/endpointResolver.js
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

// node_modules/@aws-sdk/client-iam/dist-es/schemas/schemas_0.js
init_schema();

// node_modules/@aws-sdk/client-iam/dist-es/models/IAMServiceException.js
init_client();
var IAMServiceException = class _IAMServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.iam#IAMServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _IAMServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-iam/dist-es/models/errors.js
var ConcurrentModificationException = class _ConcurrentModificationException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ConcurrentModificationException";
  name = "ConcurrentModificationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
  }
};
var NoSuchEntityException = class _NoSuchEntityException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#NoSuchEntityException";
  name = "NoSuchEntityException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NoSuchEntityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NoSuchEntityException.prototype);
  }
};
var ServiceFailureException = class _ServiceFailureException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ServiceFailureException";
  name = "ServiceFailureException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "ServiceFailureException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceFailureException.prototype);
  }
};
var AccountNotManagementOrDelegatedAdministratorException = class _AccountNotManagementOrDelegatedAdministratorException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#AccountNotManagementOrDelegatedAdministratorException";
  name = "AccountNotManagementOrDelegatedAdministratorException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AccountNotManagementOrDelegatedAdministratorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AccountNotManagementOrDelegatedAdministratorException.prototype);
    this.Message = opts.Message;
  }
};
var EntityAlreadyExistsException = class _EntityAlreadyExistsException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#EntityAlreadyExistsException";
  name = "EntityAlreadyExistsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EntityAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EntityAlreadyExistsException.prototype);
  }
};
var InvalidInputException = class _InvalidInputException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidInputException";
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
var LimitExceededException = class _LimitExceededException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
  }
};
var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#MalformedPolicyDocumentException";
  name = "MalformedPolicyDocumentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MalformedPolicyDocumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
  }
};
var NameConflictException = class _NameConflictException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#NameConflictException";
  name = "NameConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "NameConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NameConflictException.prototype);
  }
};
var RoleModifiedException = class _RoleModifiedException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#RoleModifiedException";
  name = "RoleModifiedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RoleModifiedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RoleModifiedException.prototype);
  }
};
var RoleTemplateDisabledException = class _RoleTemplateDisabledException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#RoleTemplateDisabledException";
  name = "RoleTemplateDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RoleTemplateDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RoleTemplateDisabledException.prototype);
  }
};
var UnmodifiableEntityException = class _UnmodifiableEntityException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#UnmodifiableEntityException";
  name = "UnmodifiableEntityException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnmodifiableEntityException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnmodifiableEntityException.prototype);
  }
};
var PolicyNotAttachableException = class _PolicyNotAttachableException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#PolicyNotAttachableException";
  name = "PolicyNotAttachableException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PolicyNotAttachableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyNotAttachableException.prototype);
  }
};
var EntityTemporarilyUnmodifiableException = class _EntityTemporarilyUnmodifiableException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#EntityTemporarilyUnmodifiableException";
  name = "EntityTemporarilyUnmodifiableException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "EntityTemporarilyUnmodifiableException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _EntityTemporarilyUnmodifiableException.prototype);
  }
};
var InvalidUserTypeException = class _InvalidUserTypeException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidUserTypeException";
  name = "InvalidUserTypeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidUserTypeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidUserTypeException.prototype);
  }
};
var PasswordPolicyViolationException = class _PasswordPolicyViolationException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#PasswordPolicyViolationException";
  name = "PasswordPolicyViolationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PasswordPolicyViolationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PasswordPolicyViolationException.prototype);
  }
};
var OpenIdIdpCommunicationErrorException = class _OpenIdIdpCommunicationErrorException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#OpenIdIdpCommunicationErrorException";
  name = "OpenIdIdpCommunicationErrorException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OpenIdIdpCommunicationErrorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OpenIdIdpCommunicationErrorException.prototype);
  }
};
var ServiceNotSupportedException = class _ServiceNotSupportedException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ServiceNotSupportedException";
  name = "ServiceNotSupportedException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ServiceNotSupportedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceNotSupportedException.prototype);
  }
};
var DeleteConflictException = class _DeleteConflictException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#DeleteConflictException";
  name = "DeleteConflictException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DeleteConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DeleteConflictException.prototype);
  }
};
var OrganizationNotFoundException = class _OrganizationNotFoundException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#OrganizationNotFoundException";
  name = "OrganizationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var OrganizationNotInAllFeaturesModeException = class _OrganizationNotInAllFeaturesModeException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#OrganizationNotInAllFeaturesModeException";
  name = "OrganizationNotInAllFeaturesModeException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OrganizationNotInAllFeaturesModeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OrganizationNotInAllFeaturesModeException.prototype);
    this.Message = opts.Message;
  }
};
var ServiceAccessNotEnabledException = class _ServiceAccessNotEnabledException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ServiceAccessNotEnabledException";
  name = "ServiceAccessNotEnabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ServiceAccessNotEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ServiceAccessNotEnabledException.prototype);
    this.Message = opts.Message;
  }
};
var FeatureDisabledException = class _FeatureDisabledException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#FeatureDisabledException";
  name = "FeatureDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "FeatureDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FeatureDisabledException.prototype);
  }
};
var InvalidAuthenticationCodeException = class _InvalidAuthenticationCodeException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidAuthenticationCodeException";
  name = "InvalidAuthenticationCodeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAuthenticationCodeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAuthenticationCodeException.prototype);
  }
};
var CallerIsNotManagementAccountException = class _CallerIsNotManagementAccountException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#CallerIsNotManagementAccountException";
  name = "CallerIsNotManagementAccountException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CallerIsNotManagementAccountException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CallerIsNotManagementAccountException.prototype);
    this.Message = opts.Message;
  }
};
var FeatureEnabledException = class _FeatureEnabledException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#FeatureEnabledException";
  name = "FeatureEnabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "FeatureEnabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _FeatureEnabledException.prototype);
  }
};
var ReportGenerationLimitExceededException = class _ReportGenerationLimitExceededException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#ReportGenerationLimitExceededException";
  name = "ReportGenerationLimitExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ReportGenerationLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ReportGenerationLimitExceededException.prototype);
  }
};
var CredentialReportExpiredException = class _CredentialReportExpiredException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#CredentialReportExpiredException";
  name = "CredentialReportExpiredException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CredentialReportExpiredException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CredentialReportExpiredException.prototype);
  }
};
var CredentialReportNotPresentException = class _CredentialReportNotPresentException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#CredentialReportNotPresentException";
  name = "CredentialReportNotPresentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CredentialReportNotPresentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CredentialReportNotPresentException.prototype);
  }
};
var CredentialReportNotReadyException = class _CredentialReportNotReadyException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#CredentialReportNotReadyException";
  name = "CredentialReportNotReadyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "CredentialReportNotReadyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CredentialReportNotReadyException.prototype);
  }
};
var UnrecognizedPublicKeyEncodingException = class _UnrecognizedPublicKeyEncodingException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#UnrecognizedPublicKeyEncodingException";
  name = "UnrecognizedPublicKeyEncodingException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "UnrecognizedPublicKeyEncodingException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _UnrecognizedPublicKeyEncodingException.prototype);
  }
};
var PolicyEvaluationException = class _PolicyEvaluationException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#PolicyEvaluationException";
  name = "PolicyEvaluationException";
  $fault = "server";
  constructor(opts) {
    super({
      name: "PolicyEvaluationException",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _PolicyEvaluationException.prototype);
  }
};
var KeyPairMismatchException = class _KeyPairMismatchException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#KeyPairMismatchException";
  name = "KeyPairMismatchException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "KeyPairMismatchException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KeyPairMismatchException.prototype);
  }
};
var MalformedCertificateException = class _MalformedCertificateException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#MalformedCertificateException";
  name = "MalformedCertificateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MalformedCertificateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedCertificateException.prototype);
  }
};
var DuplicateCertificateException = class _DuplicateCertificateException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#DuplicateCertificateException";
  name = "DuplicateCertificateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DuplicateCertificateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateCertificateException.prototype);
  }
};
var InvalidCertificateException = class _InvalidCertificateException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidCertificateException";
  name = "InvalidCertificateException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidCertificateException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidCertificateException.prototype);
  }
};
var DuplicateSSHPublicKeyException = class _DuplicateSSHPublicKeyException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#DuplicateSSHPublicKeyException";
  name = "DuplicateSSHPublicKeyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DuplicateSSHPublicKeyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DuplicateSSHPublicKeyException.prototype);
  }
};
var InvalidPublicKeyException = class _InvalidPublicKeyException extends IAMServiceException {
  static shapeId = "com.amazonaws.iam#InvalidPublicKeyException";
  name = "InvalidPublicKeyException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidPublicKeyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidPublicKeyException.prototype);
  }
};

// node_modules/@aws-sdk/client-iam/dist-es/schemas/schemas_0.js
var _A = "Arn";
var _AAc = "AccountAliases";
var _ABO = "AllowedByOrganizations";
var _ABPB = "AllowedByPermissionsBoundary";
var _ACt = "AttachmentCount";
var _AI = "ApproverId";
var _AMP = "AttachedManagedPolicies";
var _AN = "AttachmentName";
var _ANMODAE = "AccountNotManagementOrDelegatedAdministratorException";
var _ANc = "ActionNames";
var _ANct = "ActionName";
var _AP = "AttachedPolicy";
var _APB = "AttachedPermissionsBoundary";
var _APt = "AttachedPolicies";
var _ARPD = "AssumeRolePolicyDocument";
var _ARPDT = "AssumeRolePolicyDocumentTemplate";
var _AT = "AttachmentType";
var _C = "Code";
var _CA = "CallerArn";
var _CD = "CreateDate";
var _CE = "ContextEntry";
var _CELT = "ContextEntryListType";
var _CEo = "ContextEntries";
var _CIDL = "ClientIDList";
var _CINMAE = "CallerIsNotManagementAccountException";
var _CKN = "ContextKeyName";
var _CKNo = "ContextKeyNames";
var _CKT = "ContextKeyType";
var _CKV = "ContextKeyValues";
var _CME = "ConcurrentModificationException";
var _COIDCPR = "CreateOpenIDConnectProviderRequest";
var _CREE = "CredentialReportExpiredException";
var _CRNPE = "CredentialReportNotPresentException";
var _CRNRE = "CredentialReportNotReadyException";
var _CT = "CreateTimestamp";
var _Ce = "Certifications";
var _Col = "Column";
var _D = "Description";
var _DCE = "DeleteConflictException";
var _DCEu = "DuplicateCertificateException";
var _DMV = "DefaultMinorVersion";
var _DORCMRi = "DisableOrganizationsRootCredentialsManagementResponse";
var _DORSRi = "DisableOrganizationsRootSessionsResponse";
var _DP = "DelegationPermission";
var _DR = "DelegationRequest";
var _DRI = "DelegationRequestId";
var _DSSHPKE = "DuplicateSSHPublicKeyException";
var _DV = "DefaultValue";
var _DVI = "DefaultVersionId";
var _Do = "Document";
var _E = "Error";
var _EAEE = "EntityAlreadyExistsException";
var _EAN = "EvalActionName";
var _EDD = "EvalDecisionDetails";
var _EDn = "EnableDate";
var _EDr = "ErrorDetails";
var _EDv = "EvalDecision";
var _EF = "EnabledFeatures";
var _EFn = "EntityFilter";
var _EORCMRn = "EnableOrganizationsRootCredentialsManagementResponse";
var _EORSRn = "EnableOrganizationsRootSessionsResponse";
var _EPn = "EndPosition";
var _ER = "EvaluationResult";
var _ERD = "EvalResourceDecision";
var _ERN = "EvalResourceName";
var _ET = "ExpirationTime";
var _ETUE = "EntityTemporarilyUnmodifiableException";
var _Ena = "Enabled";
var _F = "Filter";
var _FDE = "FeatureDisabledException";
var _FEE = "FeatureEnabledException";
var _GAAD = "GetAccountAuthorizationDetails";
var _GAADR = "GetAccountAuthorizationDetailsRequest";
var _GAADRe = "GetAccountAuthorizationDetailsResponse";
var _GAPRe = "GetAccountPropertiesResponse";
var _GASR = "GetAccountSummaryResponse";
var _GCKFCPR = "GetContextKeysForCustomPolicyRequest";
var _GCKFPPR = "GetContextKeysForPrincipalPolicyRequest";
var _GCKFPR = "GetContextKeysForPolicyResponse";
var _GD = "GroupDetail";
var _GDL = "GroupDetailList";
var _GI = "GroupId";
var _GL = "GroupList";
var _GMFADRe = "GetMFADeviceResponse";
var _GN = "GroupName";
var _GOIDCPRe = "GetOpenIDConnectProviderResponse";
var _GP = "GetPolicy";
var _GPL = "GroupPolicyList";
var _GPR = "GetPolicyRequest";
var _GPRe = "GetPolicyResponse";
var _GR = "GetRole";
var _GRP = "GetRolePolicy";
var _GRPR = "GetRolePolicyRequest";
var _GRPRe = "GetRolePolicyResponse";
var _GRR = "GetRoleRequest";
var _GRRe = "GetRoleResponse";
var _GSLAD = "GenerateServiceLastAccessedDetails";
var _GSLADR = "GenerateServiceLastAccessedDetailsRequest";
var _GSLADRe = "GenerateServiceLastAccessedDetailsResponse";
var _GSLADRet = "GetServiceLastAccessedDetailsRequest";
var _GSLADRete = "GetServiceLastAccessedDetailsResponse";
var _GSLADe = "GetServiceLastAccessedDetails";
var _Gr = "Granularity";
var _IA = "IsAttachable";
var _IACE = "InvalidAuthenticationCodeException";
var _ICE = "InvalidCertificateException";
var _IDV = "IsDefaultVersion";
var _IIE = "InvalidInputException";
var _IP = "InstanceProfile";
var _IPI = "InstanceProfileId";
var _IPIT = "InlinePolicyIdentifierType";
var _IPIn = "InlinePolicyIdentifier";
var _IPKE = "InvalidPublicKeyException";
var _IPL = "InstanceProfileList";
var _IPN = "InstanceProfileName";
var _IPT = "InlinePolicyTemplates";
var _IPn = "InlinePolicy";
var _IPns = "InstanceProfiles";
var _IR = "IsRequired";
var _IT = "IsTruncated";
var _IUTE = "InvalidUserTypeException";
var _Im = "Immutable";
var _JCD = "JobCreationDate";
var _JCDo = "JobCompletionDate";
var _JI = "JobId";
var _JS = "JobStatus";
var _JT = "JobType";
var _K = "Key";
var _KPME = "KeyPairMismatchException";
var _LA = "LastAuthenticated";
var _LAARi = "ListAccountAliasesResponse";
var _LAE = "LastAuthenticatedEntity";
var _LAEa = "LastAccessedEntity";
var _LAR = "LastAuthenticatedRegion";
var _LARP = "ListAttachedRolePolicies";
var _LARPR = "ListAttachedRolePoliciesRequest";
var _LARPRi = "ListAttachedRolePoliciesResponse";
var _LARa = "LastAccessedRegion";
var _LATa = "LastAccessedTime";
var _LEE = "LimitExceededException";
var _LEFP = "ListEntitiesForPolicy";
var _LEFPR = "ListEntitiesForPolicyRequest";
var _LEFPRi = "ListEntitiesForPolicyResponse";
var _LGPRi = "ListGroupPoliciesResponse";
var _LIPFR = "ListInstanceProfilesForRole";
var _LIPFRR = "ListInstanceProfilesForRoleRequest";
var _LIPFRRi = "ListInstanceProfilesForRoleResponse";
var _LOFRi = "ListOrganizationsFeaturesResponse";
var _LPGSAR = "ListPoliciesGrantingServiceAccessRequest";
var _LRP = "ListRolePolicies";
var _LRPR = "ListRolePoliciesRequest";
var _LRPRi = "ListRolePoliciesResponse";
var _LUD = "LastUsedDate";
var _LUPRi = "ListUserPoliciesResponse";
var _Li = "Line";
var _M = "Message";
var _MBT = "ManagedByType";
var _MBV = "ManagedByValue";
var _MCE = "MalformedCertificateException";
var _MCV = "MissingContextValues";
var _MI = "MaxItems";
var _MPAa = "ManagedPolicyArns";
var _MPD = "ManagedPolicyDetail";
var _MPDE = "MalformedPolicyDocumentException";
var _MPDLT = "ManagedPolicyDetailListType";
var _MS = "MatchedStatements";
var _MSD = "MaxSessionDuration";
var _MV = "MinorVersion";
var _MVa = "MajorVersion";
var _Ma = "Marker";
var _N = "Name";
var _NCE = "NameConflictException";
var _NSEE = "NoSuchEntityException";
var _No = "Notes";
var _OAI = "OwnerAccountId";
var _ODD = "OrganizationsDecisionDetail";
var _OI = "OwnerId";
var _OIDCPA = "OpenIDConnectProviderArn";
var _OIICEE = "OpenIdIdpCommunicationErrorException";
var _OIr = "OrganizationId";
var _ONFE = "OrganizationNotFoundException";
var _ONIAFME = "OrganizationNotInAllFeaturesModeException";
var _OOPIL = "OrderedOrganizationPolicyInputList";
var _OOPT = "OrderedOrganizationPolicyType";
var _OPLT = "OrganizationPolicyListType";
var _OSBO = "OnlySendByOwner";
var _P = "Permissions";
var _PA = "PolicyArn";
var _PAPR = "PutAccountPropertiesRequest";
var _PB = "PermissionsBoundary";
var _PBA = "PermissionsBoundaryArn";
var _PBAe = "PermissionBoundaryArn";
var _PBDD = "PermissionsBoundaryDecisionDetail";
var _PBPIL = "PermissionsBoundaryPolicyInputList";
var _PBT = "PermissionsBoundaryType";
var _PBUC = "PermissionsBoundaryUsageCount";
var _PD = "PolicyDocument";
var _PDa = "ParameterDefinition";
var _PDar = "ParametersDefinition";
var _PDo = "PolicyDetail";
var _PEE = "PolicyEvaluationException";
var _PEL = "PolicyExclusionList";
var _PELT = "PolicyExclusionsListType";
var _PG = "PolicyGroups";
var _PGLT = "PolicyGroupListType";
var _PGo = "PolicyGroup";
var _PI = "PolicyId";
var _PIL = "PolicyInputList";
var _PIo = "PolicyIdentifier";
var _PN = "PolicyName";
var _PNAE = "PolicyNotAttachableException";
var _PNo = "PolicyNames";
var _PP = "PermissionPolicy";
var _PPVE = "PasswordPolicyViolationException";
var _PPat = "PathPrefix";
var _PPo = "PolicyParameter";
var _PR = "PolicyRoles";
var _PRLT = "PolicyRoleListType";
var _PRo = "PolicyRole";
var _PSA = "PolicySourceArn";
var _PT = "PolicyType";
var _PTA = "PolicyTemplateArn";
var _PU = "PolicyUsers";
var _PUF = "PolicyUsageFilter";
var _PULT = "PolicyUserListType";
var _PUo = "PolicyUser";
var _PV = "PolicyVersion";
var _PVL = "PolicyVersionList";
var _Pa = "Path";
var _Par = "Parameters";
var _Po = "Policy";
var _Pol = "Policies";
var _Pos = "Position";
var _Pr = "Properties";
var _R = "Region";
var _RA = "ResourceArns";
var _RD = "RoleDetail";
var _RDL = "RoleDetailList";
var _RDP = "RoleDescriptionPattern";
var _RGLEE = "ReportGenerationLimitExceededException";
var _RHO = "ResourceHandlingOption";
var _RI = "RequestorId";
var _RIo = "RoleId";
var _RLU = "RoleLastUsed";
var _RM = "RequestMessage";
var _RME = "RoleModifiedException";
var _RN = "RoleName";
var _RNP = "RoleNamePattern";
var _RNe = "RequestorName";
var _RO = "ResourceOwner";
var _RP = "ResourcePolicy";
var _RPL = "RolePolicyList";
var _RPP = "RolePathPattern";
var _RPRA = "RolePermissionRestrictionArns";
var _RR = "RejectionReason";
var _RSR = "ResourceSpecificResults";
var _RSRLT = "ResourceSpecificResultListType";
var _RSRe = "ResourceSpecificResult";
var _RTDE = "RoleTemplateDisabledException";
var _RTT = "RoleTagsTemplate";
var _RTV = "RoleTemplateVersion";
var _RU = "RedirectUrl";
var _RUT = "RoleUsageType";
var _RVE = "ReplacementValueEntry";
var _Res = "Resources";
var _Ro = "Role";
var _Rol = "Roles";
var _SAMLPA = "SAMLProviderArn";
var _SANEE = "ServiceAccessNotEnabledException";
var _SCN = "ServerCertificateName";
var _SCPIL = "ServiceControlPolicyInputList";
var _SCPR = "SimulateCustomPolicyRequest";
var _SD = "SessionDuration";
var _SFE = "ServiceFailureException";
var _SLA = "ServicesLastAccessed";
var _SLAe = "ServiceLastAccessed";
var _SLT = "StatementListType";
var _SM = "SummaryMap";
var _SN = "ServiceName";
var _SNSE = "ServiceNotSupportedException";
var _SNe = "ServiceNamespace";
var _SNer = "SerialNumber";
var _SNerv = "ServiceNamespaces";
var _SPI = "SourcePolicyId";
var _SPPR = "SimulatePrincipalPolicyRequest";
var _SPT = "SourcePolicyType";
var _SPt = "StartPosition";
var _SRT = "SourceRoleTemplate";
var _ST = "SubType";
var _St = "State";
var _Sta = "Statement";
var _T = "Tags";
var _TA = "TemplateArn";
var _TAE = "TotalAuthenticatedEntities";
var _TALA = "TrackedActionsLastAccessed";
var _TALAr = "TrackedActionLastAccessed";
var _TK = "TagKeys";
var _TL = "ThumbprintList";
var _TMV = "TemplateMinorVersion";
var _TN = "TemplateName";
var _TT = "TagTemplate";
var _TVI = "TemplateVersionId";
var _Ta = "Tag";
var _Ty = "Type";
var _U = "Url";
var _UD = "UpdateDate";
var _UDL = "UserDetailList";
var _UDs = "UserDetail";
var _UEE = "UnmodifiableEntityException";
var _UI = "UserId";
var _UIPR = "UntagInstanceProfileRequest";
var _UMFADR = "UntagMFADeviceRequest";
var _UN = "UserName";
var _UOIDCPR = "UntagOpenIDConnectProviderRequest";
var _UOIDCPTR = "UpdateOpenIDConnectProviderThumbprintRequest";
var _UPKEE = "UnrecognizedPublicKeyEncodingException";
var _UPL = "UserPolicyList";
var _UPR = "UntagPolicyRequest";
var _URR = "UntagRoleRequest";
var _USAMLPR = "UntagSAMLProviderRequest";
var _USCR = "UntagServerCertificateRequest";
var _UT = "UpdatedTime";
var _UTp = "UpdateTimestamp";
var _UUR = "UntagUserRequest";
var _VE = "VersionEnabled";
var _VI = "VersionId";
var _Va = "Values";
var _Val = "Value";
var _aPLT = "attachedPoliciesListType";
var _aQE = "awsQueryError";
var _c = "client";
var _e = "error";
var _gDLT = "groupDetailListType";
var _hE = "httpError";
var _iPLT = "instanceProfileListType";
var _iPTLT = "inlinePolicyTemplateListType";
var _m = "message";
var _pDLT = "parametersDefinitionListType";
var _pDLTo = "policyDetailListType";
var _pDVLT = "policyDocumentVersionListType";
var _pPLT = "policyParameterListType";
var _rDLT = "roleDetailListType";
var _rLT = "roleListType";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.iam";
var _se = "server";
var _tLT = "tagListType";
var _tTLT = "tagTemplateListType";
var _uDLT = "userDetailListType";
var n0 = "com.amazonaws.iam";
var _s_registry = new TypeRegistry(_s);
var IAMServiceException$ = [-3, _s, "IAMServiceException", 0, [], []];
_s_registry.registerError(IAMServiceException$, IAMServiceException);
var n0_registry = new TypeRegistry(n0);
var AccountNotManagementOrDelegatedAdministratorException$ = [
  -3,
  n0,
  _ANMODAE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(AccountNotManagementOrDelegatedAdministratorException$, AccountNotManagementOrDelegatedAdministratorException);
var CallerIsNotManagementAccountException$ = [
  -3,
  n0,
  _CINMAE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CallerIsNotManagementAccountException$, CallerIsNotManagementAccountException);
var ConcurrentModificationException$ = [
  -3,
  n0,
  _CME,
  { [_aQE]: [`ConcurrentModification`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var CredentialReportExpiredException$ = [
  -3,
  n0,
  _CREE,
  { [_aQE]: [`ReportExpired`, 410], [_e]: _c, [_hE]: 410 },
  [_m],
  [0]
];
n0_registry.registerError(CredentialReportExpiredException$, CredentialReportExpiredException);
var CredentialReportNotPresentException$ = [
  -3,
  n0,
  _CRNPE,
  { [_aQE]: [`ReportNotPresent`, 410], [_e]: _c, [_hE]: 410 },
  [_m],
  [0]
];
n0_registry.registerError(CredentialReportNotPresentException$, CredentialReportNotPresentException);
var CredentialReportNotReadyException$ = [
  -3,
  n0,
  _CRNRE,
  { [_aQE]: [`ReportInProgress`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(CredentialReportNotReadyException$, CredentialReportNotReadyException);
var DeleteConflictException$ = [
  -3,
  n0,
  _DCE,
  { [_aQE]: [`DeleteConflict`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(DeleteConflictException$, DeleteConflictException);
var DuplicateCertificateException$ = [
  -3,
  n0,
  _DCEu,
  { [_aQE]: [`DuplicateCertificate`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(DuplicateCertificateException$, DuplicateCertificateException);
var DuplicateSSHPublicKeyException$ = [
  -3,
  n0,
  _DSSHPKE,
  { [_aQE]: [`DuplicateSSHPublicKey`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(DuplicateSSHPublicKeyException$, DuplicateSSHPublicKeyException);
var EntityAlreadyExistsException$ = [
  -3,
  n0,
  _EAEE,
  { [_aQE]: [`EntityAlreadyExists`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(EntityAlreadyExistsException$, EntityAlreadyExistsException);
var EntityTemporarilyUnmodifiableException$ = [
  -3,
  n0,
  _ETUE,
  { [_aQE]: [`EntityTemporarilyUnmodifiable`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(EntityTemporarilyUnmodifiableException$, EntityTemporarilyUnmodifiableException);
var FeatureDisabledException$ = [
  -3,
  n0,
  _FDE,
  { [_aQE]: [`FeatureDisabled`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(FeatureDisabledException$, FeatureDisabledException);
var FeatureEnabledException$ = [
  -3,
  n0,
  _FEE,
  { [_aQE]: [`FeatureEnabled`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(FeatureEnabledException$, FeatureEnabledException);
var InvalidAuthenticationCodeException$ = [
  -3,
  n0,
  _IACE,
  { [_aQE]: [`InvalidAuthenticationCode`, 403], [_e]: _c, [_hE]: 403 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidAuthenticationCodeException$, InvalidAuthenticationCodeException);
var InvalidCertificateException$ = [
  -3,
  n0,
  _ICE,
  { [_aQE]: [`InvalidCertificate`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidCertificateException$, InvalidCertificateException);
var InvalidInputException$ = [
  -3,
  n0,
  _IIE,
  { [_aQE]: [`InvalidInput`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidInputException$, InvalidInputException);
var InvalidPublicKeyException$ = [
  -3,
  n0,
  _IPKE,
  { [_aQE]: [`InvalidPublicKey`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidPublicKeyException$, InvalidPublicKeyException);
var InvalidUserTypeException$ = [
  -3,
  n0,
  _IUTE,
  { [_aQE]: [`InvalidUserType`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidUserTypeException$, InvalidUserTypeException);
var KeyPairMismatchException$ = [
  -3,
  n0,
  _KPME,
  { [_aQE]: [`KeyPairMismatch`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(KeyPairMismatchException$, KeyPairMismatchException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_aQE]: [`LimitExceeded`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MalformedCertificateException$ = [
  -3,
  n0,
  _MCE,
  { [_aQE]: [`MalformedCertificate`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(MalformedCertificateException$, MalformedCertificateException);
var MalformedPolicyDocumentException$ = [
  -3,
  n0,
  _MPDE,
  { [_aQE]: [`MalformedPolicyDocument`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var NameConflictException$ = [
  -3,
  n0,
  _NCE,
  { [_aQE]: [`NameConflict`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(NameConflictException$, NameConflictException);
var NoSuchEntityException$ = [
  -3,
  n0,
  _NSEE,
  { [_aQE]: [`NoSuchEntity`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(NoSuchEntityException$, NoSuchEntityException);
var OpenIdIdpCommunicationErrorException$ = [
  -3,
  n0,
  _OIICEE,
  { [_aQE]: [`OpenIdIdpCommunicationError`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(OpenIdIdpCommunicationErrorException$, OpenIdIdpCommunicationErrorException);
var OrganizationNotFoundException$ = [
  -3,
  n0,
  _ONFE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationNotFoundException$, OrganizationNotFoundException);
var OrganizationNotInAllFeaturesModeException$ = [
  -3,
  n0,
  _ONIAFME,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
var PasswordPolicyViolationException$ = [
  -3,
  n0,
  _PPVE,
  { [_aQE]: [`PasswordPolicyViolation`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(PasswordPolicyViolationException$, PasswordPolicyViolationException);
var PolicyEvaluationException$ = [
  -3,
  n0,
  _PEE,
  { [_aQE]: [`PolicyEvaluation`, 500], [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(PolicyEvaluationException$, PolicyEvaluationException);
var PolicyNotAttachableException$ = [
  -3,
  n0,
  _PNAE,
  { [_aQE]: [`PolicyNotAttachable`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(PolicyNotAttachableException$, PolicyNotAttachableException);
var ReportGenerationLimitExceededException$ = [
  -3,
  n0,
  _RGLEE,
  { [_aQE]: [`ReportGenerationLimitExceeded`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(ReportGenerationLimitExceededException$, ReportGenerationLimitExceededException);
var RoleModifiedException$ = [
  -3,
  n0,
  _RME,
  { [_aQE]: [`RoleModified`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(RoleModifiedException$, RoleModifiedException);
var RoleTemplateDisabledException$ = [
  -3,
  n0,
  _RTDE,
  { [_aQE]: [`RoleTemplateDisabled`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(RoleTemplateDisabledException$, RoleTemplateDisabledException);
var ServiceAccessNotEnabledException$ = [
  -3,
  n0,
  _SANEE,
  { [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ServiceAccessNotEnabledException$, ServiceAccessNotEnabledException);
var ServiceFailureException$ = [
  -3,
  n0,
  _SFE,
  { [_aQE]: [`ServiceFailure`, 500], [_e]: _se, [_hE]: 500 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceFailureException$, ServiceFailureException);
var ServiceNotSupportedException$ = [
  -3,
  n0,
  _SNSE,
  { [_aQE]: [`NotSupportedService`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ServiceNotSupportedException$, ServiceNotSupportedException);
var UnmodifiableEntityException$ = [
  -3,
  n0,
  _UEE,
  { [_aQE]: [`UnmodifiableEntity`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(UnmodifiableEntityException$, UnmodifiableEntityException);
var UnrecognizedPublicKeyEncodingException$ = [
  -3,
  n0,
  _UPKEE,
  { [_aQE]: [`UnrecognizedPublicKeyEncoding`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(UnrecognizedPublicKeyEncodingException$, UnrecognizedPublicKeyEncodingException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AttachedPermissionsBoundary$ = [
  3,
  n0,
  _APB,
  0,
  [_PBT, _PBA],
  [0, 0]
];
var AttachedPolicy$ = [
  3,
  n0,
  _AP,
  0,
  [_PN, _PA],
  [0, 0]
];
var ContextEntry$ = [
  3,
  n0,
  _CE,
  0,
  [_CKN, _CKV, _CKT],
  [0, 64 | 0, 0]
];
var CreateOpenIDConnectProviderRequest$ = [
  3,
  n0,
  _COIDCPR,
  0,
  [_U, _CIDL, _TL, _T],
  [0, 64 | 0, 64 | 0, () => tagListType],
  1
];
var DelegationPermission$ = [
  3,
  n0,
  _DP,
  0,
  [_PTA, _Par],
  [0, () => policyParameterListType]
];
var DelegationRequest$ = [
  3,
  n0,
  _DR,
  0,
  [_DRI, _OAI, _D, _RM, _P, _PP, _RPRA, _OI, _AI, _St, _ET, _RI, _RNe, _CD, _SD, _RU, _No, _RR, _OSBO, _UT],
  [0, 0, 0, 0, () => DelegationPermission$, 0, 64 | 0, 0, 0, 0, 4, 0, 0, 4, 1, 0, 0, 0, 2, 4]
];
var DisableOrganizationsRootCredentialsManagementResponse$ = [
  3,
  n0,
  _DORCMRi,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var DisableOrganizationsRootSessionsResponse$ = [
  3,
  n0,
  _DORSRi,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var EnableOrganizationsRootCredentialsManagementResponse$ = [
  3,
  n0,
  _EORCMRn,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var EnableOrganizationsRootSessionsResponse$ = [
  3,
  n0,
  _EORSRn,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var ErrorDetails$ = [
  3,
  n0,
  _EDr,
  0,
  [_M, _C],
  [0, 0],
  2
];
var EvaluationResult$ = [
  3,
  n0,
  _ER,
  0,
  [_EAN, _EDv, _ERN, _MS, _MCV, _ODD, _PBDD, _EDD, _RSR],
  [0, 0, 0, () => StatementListType, 64 | 0, () => OrganizationsDecisionDetail$, () => PermissionsBoundaryDecisionDetail$, 128 | 0, () => ResourceSpecificResultListType],
  2
];
var GenerateServiceLastAccessedDetailsRequest$ = [
  3,
  n0,
  _GSLADR,
  0,
  [_A, _Gr],
  [0, 0],
  1
];
var GenerateServiceLastAccessedDetailsResponse$ = [
  3,
  n0,
  _GSLADRe,
  0,
  [_JI],
  [0]
];
var GetAccountAuthorizationDetailsRequest$ = [
  3,
  n0,
  _GAADR,
  0,
  [_F, _MI, _Ma],
  [64 | 0, 1, 0]
];
var GetAccountAuthorizationDetailsResponse$ = [
  3,
  n0,
  _GAADRe,
  0,
  [_UDL, _GDL, _RDL, _Pol, _IT, _Ma],
  [() => userDetailListType, () => groupDetailListType, () => roleDetailListType, () => ManagedPolicyDetailListType, 2, 0]
];
var GetAccountPropertiesResponse$ = [
  3,
  n0,
  _GAPRe,
  0,
  [_Pr],
  [128 | 0]
];
var GetAccountSummaryResponse$ = [
  3,
  n0,
  _GASR,
  0,
  [_SM],
  [128 | 1]
];
var GetContextKeysForCustomPolicyRequest$ = [
  3,
  n0,
  _GCKFCPR,
  0,
  [_PIL],
  [64 | 0],
  1
];
var GetContextKeysForPolicyResponse$ = [
  3,
  n0,
  _GCKFPR,
  0,
  [_CKNo],
  [64 | 0]
];
var GetContextKeysForPrincipalPolicyRequest$ = [
  3,
  n0,
  _GCKFPPR,
  0,
  [_PSA, _PIL],
  [0, 64 | 0],
  1
];
var GetMFADeviceResponse$ = [
  3,
  n0,
  _GMFADRe,
  0,
  [_SNer, _UN, _EDn, _Ce],
  [0, 0, 4, 128 | 0],
  1
];
var GetOpenIDConnectProviderResponse$ = [
  3,
  n0,
  _GOIDCPRe,
  0,
  [_U, _CIDL, _TL, _CD, _T],
  [0, 64 | 0, 64 | 0, 4, () => tagListType]
];
var GetPolicyRequest$ = [
  3,
  n0,
  _GPR,
  0,
  [_PA],
  [0],
  1
];
var GetPolicyResponse$ = [
  3,
  n0,
  _GPRe,
  0,
  [_Po],
  [() => Policy$]
];
var GetRolePolicyRequest$ = [
  3,
  n0,
  _GRPR,
  0,
  [_RN, _PN],
  [0, 0],
  2
];
var GetRolePolicyResponse$ = [
  3,
  n0,
  _GRPRe,
  0,
  [_RN, _PN, _PD],
  [0, 0, 0],
  3
];
var GetRoleRequest$ = [
  3,
  n0,
  _GRR,
  0,
  [_RN],
  [0],
  1
];
var GetRoleResponse$ = [
  3,
  n0,
  _GRRe,
  0,
  [_Ro],
  [() => Role$],
  1
];
var GetServiceLastAccessedDetailsRequest$ = [
  3,
  n0,
  _GSLADRet,
  0,
  [_JI, _MI, _Ma],
  [0, 1, 0],
  1
];
var GetServiceLastAccessedDetailsResponse$ = [
  3,
  n0,
  _GSLADRete,
  0,
  [_JS, _JCD, _SLA, _JCDo, _JT, _IT, _Ma, _E],
  [0, 4, () => ServicesLastAccessed, 4, 0, 2, 0, () => ErrorDetails$],
  4
];
var GroupDetail$ = [
  3,
  n0,
  _GD,
  0,
  [_Pa, _GN, _GI, _A, _CD, _GPL, _AMP],
  [0, 0, 0, 0, 4, () => policyDetailListType, () => attachedPoliciesListType]
];
var InlinePolicy$ = [
  3,
  n0,
  _IPn,
  0,
  [_PN, _PD],
  [0, 0],
  2
];
var InlinePolicyIdentifierType$ = [
  3,
  n0,
  _IPIT,
  0,
  [_PN, _AT, _AN],
  [0, 0, 0],
  3
];
var InstanceProfile$ = [
  3,
  n0,
  _IP,
  0,
  [_Pa, _IPN, _IPI, _A, _CD, _Rol, _T],
  [0, 0, 0, 0, 4, () => roleListType, () => tagListType],
  6
];
var ListAccountAliasesResponse$ = [
  3,
  n0,
  _LAARi,
  0,
  [_AAc, _IT, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListAttachedRolePoliciesRequest$ = [
  3,
  n0,
  _LARPR,
  0,
  [_RN, _PPat, _Ma, _MI],
  [0, 0, 0, 1],
  1
];
var ListAttachedRolePoliciesResponse$ = [
  3,
  n0,
  _LARPRi,
  0,
  [_APt, _IT, _Ma],
  [() => attachedPoliciesListType, 2, 0]
];
var ListEntitiesForPolicyRequest$ = [
  3,
  n0,
  _LEFPR,
  0,
  [_PA, _EFn, _PPat, _PUF, _Ma, _MI],
  [0, 0, 0, 0, 0, 1],
  1
];
var ListEntitiesForPolicyResponse$ = [
  3,
  n0,
  _LEFPRi,
  0,
  [_PG, _PU, _PR, _IT, _Ma],
  [() => PolicyGroupListType, () => PolicyUserListType, () => PolicyRoleListType, 2, 0]
];
var ListGroupPoliciesResponse$ = [
  3,
  n0,
  _LGPRi,
  0,
  [_PNo, _IT, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListInstanceProfilesForRoleRequest$ = [
  3,
  n0,
  _LIPFRR,
  0,
  [_RN, _Ma, _MI],
  [0, 0, 1],
  1
];
var ListInstanceProfilesForRoleResponse$ = [
  3,
  n0,
  _LIPFRRi,
  0,
  [_IPns, _IT, _Ma],
  [() => instanceProfileListType, 2, 0],
  1
];
var ListOrganizationsFeaturesResponse$ = [
  3,
  n0,
  _LOFRi,
  0,
  [_OIr, _EF],
  [0, 64 | 0]
];
var ListPoliciesGrantingServiceAccessRequest$ = [
  3,
  n0,
  _LPGSAR,
  0,
  [_A, _SNerv, _Ma],
  [0, 64 | 0, 0],
  2
];
var ListRolePoliciesRequest$ = [
  3,
  n0,
  _LRPR,
  0,
  [_RN, _Ma, _MI],
  [0, 0, 1],
  1
];
var ListRolePoliciesResponse$ = [
  3,
  n0,
  _LRPRi,
  0,
  [_PNo, _IT, _Ma],
  [64 | 0, 2, 0],
  1
];
var ListUserPoliciesResponse$ = [
  3,
  n0,
  _LUPRi,
  0,
  [_PNo, _IT, _Ma],
  [64 | 0, 2, 0],
  1
];
var ManagedPolicyDetail$ = [
  3,
  n0,
  _MPD,
  0,
  [_PN, _PI, _A, _Pa, _DVI, _ACt, _PBUC, _IA, _D, _CD, _UD, _PVL],
  [0, 0, 0, 0, 0, 1, 1, 2, 0, 4, 4, () => policyDocumentVersionListType]
];
var OrderedOrganizationPolicyType$ = [
  3,
  n0,
  _OOPT,
  0,
  [_SCPIL],
  [64 | 0]
];
var OrganizationsDecisionDetail$ = [
  3,
  n0,
  _ODD,
  0,
  [_ABO],
  [2]
];
var ParameterDefinition$ = [
  3,
  n0,
  _PDa,
  0,
  [_N, _Ty, _ST, _D, _IR, _DV, _Im],
  [0, 0, 0, 0, 2, 0, 2],
  2
];
var PermissionsBoundaryDecisionDetail$ = [
  3,
  n0,
  _PBDD,
  0,
  [_ABPB],
  [2]
];
var Policy$ = [
  3,
  n0,
  _Po,
  0,
  [_PN, _PI, _A, _Pa, _DVI, _ACt, _PBUC, _IA, _D, _CD, _UD, _T],
  [0, 0, 0, 0, 0, 1, 1, 2, 0, 4, 4, () => tagListType]
];
var PolicyDetail$ = [
  3,
  n0,
  _PDo,
  0,
  [_PN, _PD],
  [0, 0]
];
var PolicyGroup$ = [
  3,
  n0,
  _PGo,
  0,
  [_GN, _GI],
  [0, 0]
];
var PolicyParameter$ = [
  3,
  n0,
  _PPo,
  0,
  [_N, _Va, _Ty],
  [0, 64 | 0, 0]
];
var PolicyRole$ = [
  3,
  n0,
  _PRo,
  0,
  [_RN, _RIo],
  [0, 0]
];
var PolicyUser$ = [
  3,
  n0,
  _PUo,
  0,
  [_UN, _UI],
  [0, 0]
];
var PolicyVersion$ = [
  3,
  n0,
  _PV,
  0,
  [_Do, _VI, _IDV, _CD],
  [0, 0, 2, 4]
];
var Position$ = [
  3,
  n0,
  _Pos,
  0,
  [_Li, _Col],
  [1, 1]
];
var PutAccountPropertiesRequest$ = [
  3,
  n0,
  _PAPR,
  0,
  [_Pr],
  [128 | 0],
  1
];
var ReplacementValueEntry$ = [
  3,
  n0,
  _RVE,
  0,
  [_Va],
  [64 | 0],
  1
];
var ResourceSpecificResult$ = [
  3,
  n0,
  _RSRe,
  0,
  [_ERN, _ERD, _MS, _MCV, _EDD, _PBDD],
  [0, 0, () => StatementListType, 64 | 0, 128 | 0, () => PermissionsBoundaryDecisionDetail$],
  2
];
var Role$ = [
  3,
  n0,
  _Ro,
  0,
  [_Pa, _RN, _RIo, _A, _CD, _ARPD, _D, _MSD, _PB, _T, _RLU, _SRT],
  [0, 0, 0, 0, 4, 0, 0, 1, () => AttachedPermissionsBoundary$, () => tagListType, () => RoleLastUsed$, () => SourceRoleTemplate$],
  5
];
var RoleDetail$ = [
  3,
  n0,
  _RD,
  0,
  [_Pa, _RN, _RIo, _A, _CD, _ARPD, _IPL, _RPL, _AMP, _PB, _T, _RLU],
  [0, 0, 0, 0, 4, 0, () => instanceProfileListType, () => policyDetailListType, () => attachedPoliciesListType, () => AttachedPermissionsBoundary$, () => tagListType, () => RoleLastUsed$]
];
var RoleLastUsed$ = [
  3,
  n0,
  _RLU,
  0,
  [_LUD, _R],
  [4, 0]
];
var RoleTemplateVersion$ = [
  3,
  n0,
  _RTV,
  0,
  [_TA, _TN, _TVI, _D, _MVa, _DMV, _MBT, _MBV, _Ena, _MV, _RNP, _RPP, _RDP, _ARPDT, _IPT, _MPAa, _PBAe, _PDar, _RTT, _MSD, _VE, _CT, _UTp],
  [0, 0, 0, 0, 1, 1, 0, 0, 2, 1, 0, 0, 0, 0, () => inlinePolicyTemplateListType, 64 | 0, 0, () => parametersDefinitionListType, () => tagTemplateListType, 1, 2, 4, 4]
];
var RoleUsageType$ = [
  3,
  n0,
  _RUT,
  0,
  [_R, _Res],
  [0, 64 | 0]
];
var ServiceLastAccessed$ = [
  3,
  n0,
  _SLAe,
  0,
  [_SN, _SNe, _LA, _LAE, _LAR, _TAE, _TALA],
  [0, 0, 4, 0, 0, 1, () => TrackedActionsLastAccessed],
  2
];
var SimulateCustomPolicyRequest$ = [
  3,
  n0,
  _SCPR,
  0,
  [_PIL, _ANc, _PBPIL, _OOPIL, _RA, _RP, _RO, _CA, _CEo, _RHO, _MI, _Ma],
  [64 | 0, 64 | 0, 64 | 0, () => OrganizationPolicyListType, 64 | 0, 0, 0, 0, () => ContextEntryListType, 0, 1, 0],
  2
];
var SimulatePrincipalPolicyRequest$ = [
  3,
  n0,
  _SPPR,
  0,
  [_PSA, _ANc, _PIL, _PBPIL, _PEL, _RA, _RP, _RO, _CA, _CEo, _RHO, _MI, _Ma],
  [0, 64 | 0, 64 | 0, 64 | 0, () => PolicyExclusionsListType, 64 | 0, 0, 0, 0, () => ContextEntryListType, 0, 1, 0],
  2
];
var SourceRoleTemplate$ = [
  3,
  n0,
  _SRT,
  0,
  [_TA, _TMV],
  [0, 1],
  2
];
var Statement$ = [
  3,
  n0,
  _Sta,
  0,
  [_SPI, _SPT, _SPt, _EPn],
  [0, 0, () => Position$, () => Position$]
];
var Tag$ = [
  3,
  n0,
  _Ta,
  0,
  [_K, _Val],
  [0, 0],
  2
];
var TagTemplate$ = [
  3,
  n0,
  _TT,
  0,
  [_K, _Val],
  [0, 0],
  2
];
var TrackedActionLastAccessed$ = [
  3,
  n0,
  _TALAr,
  0,
  [_ANct, _LAEa, _LATa, _LARa],
  [0, 0, 4, 0]
];
var UntagInstanceProfileRequest$ = [
  3,
  n0,
  _UIPR,
  0,
  [_IPN, _TK],
  [0, 64 | 0],
  2
];
var UntagMFADeviceRequest$ = [
  3,
  n0,
  _UMFADR,
  0,
  [_SNer, _TK],
  [0, 64 | 0],
  2
];
var UntagOpenIDConnectProviderRequest$ = [
  3,
  n0,
  _UOIDCPR,
  0,
  [_OIDCPA, _TK],
  [0, 64 | 0],
  2
];
var UntagPolicyRequest$ = [
  3,
  n0,
  _UPR,
  0,
  [_PA, _TK],
  [0, 64 | 0],
  2
];
var UntagRoleRequest$ = [
  3,
  n0,
  _URR,
  0,
  [_RN, _TK],
  [0, 64 | 0],
  2
];
var UntagSAMLProviderRequest$ = [
  3,
  n0,
  _USAMLPR,
  0,
  [_SAMLPA, _TK],
  [0, 64 | 0],
  2
];
var UntagServerCertificateRequest$ = [
  3,
  n0,
  _USCR,
  0,
  [_SCN, _TK],
  [0, 64 | 0],
  2
];
var UntagUserRequest$ = [
  3,
  n0,
  _UUR,
  0,
  [_UN, _TK],
  [0, 64 | 0],
  2
];
var UpdateOpenIDConnectProviderThumbprintRequest$ = [
  3,
  n0,
  _UOIDCPTR,
  0,
  [_OIDCPA, _TL],
  [0, 64 | 0],
  2
];
var UserDetail$ = [
  3,
  n0,
  _UDs,
  0,
  [_Pa, _UN, _UI, _A, _CD, _UPL, _GL, _AMP, _PB, _T],
  [0, 0, 0, 0, 4, () => policyDetailListType, 64 | 0, () => attachedPoliciesListType, () => AttachedPermissionsBoundary$, () => tagListType]
];
var accountAliasListType = 64 | 0;
var ActionNameListType = 64 | 0;
var ArnListType = 64 | 0;
var attachedPoliciesListType = [
  1,
  n0,
  _aPLT,
  0,
  () => AttachedPolicy$
];
var clientIDListType = 64 | 0;
var ContextEntryListType = [
  1,
  n0,
  _CELT,
  0,
  () => ContextEntry$
];
var ContextKeyNamesResultListType = 64 | 0;
var ContextKeyValueListType = 64 | 0;
var entityListType = 64 | 0;
var FeaturesListType = 64 | 0;
var groupDetailListType = [
  1,
  n0,
  _gDLT,
  0,
  () => GroupDetail$
];
var groupNameListType = 64 | 0;
var inlinePolicyTemplateListType = [
  1,
  n0,
  _iPTLT,
  0,
  () => InlinePolicy$
];
var instanceProfileListType = [
  1,
  n0,
  _iPLT,
  0,
  () => InstanceProfile$
];
var managedPolicyArnListType = 64 | 0;
var ManagedPolicyDetailListType = [
  1,
  n0,
  _MPDLT,
  0,
  () => ManagedPolicyDetail$
];
var OrganizationPolicyListType = [
  1,
  n0,
  _OPLT,
  0,
  () => OrderedOrganizationPolicyType$
];
var parametersDefinitionListType = [
  1,
  n0,
  _pDLT,
  0,
  () => ParameterDefinition$
];
var policyDetailListType = [
  1,
  n0,
  _pDLTo,
  0,
  () => PolicyDetail$
];
var policyDocumentVersionListType = [
  1,
  n0,
  _pDVLT,
  0,
  () => PolicyVersion$
];
var PolicyExclusionsListType = [
  1,
  n0,
  _PELT,
  0,
  () => PolicyIdentifier$
];
var PolicyGroupListType = [
  1,
  n0,
  _PGLT,
  0,
  () => PolicyGroup$
];
var policyNameListType = 64 | 0;
var policyParameterListType = [
  1,
  n0,
  _pPLT,
  0,
  () => PolicyParameter$
];
var policyParameterValuesListType = 64 | 0;
var PolicyRoleListType = [
  1,
  n0,
  _PRLT,
  0,
  () => PolicyRole$
];
var PolicyUserListType = [
  1,
  n0,
  _PULT,
  0,
  () => PolicyUser$
];
var replacementValueListType = 64 | 0;
var ResourceNameListType = 64 | 0;
var ResourceSpecificResultListType = [
  1,
  n0,
  _RSRLT,
  0,
  () => ResourceSpecificResult$
];
var roleDetailListType = [
  1,
  n0,
  _rDLT,
  0,
  () => RoleDetail$
];
var roleListType = [
  1,
  n0,
  _rLT,
  0,
  () => Role$
];
var rolePermissionRestrictionArnListType = 64 | 0;
var serviceNamespaceListType = 64 | 0;
var ServicesLastAccessed = [
  1,
  n0,
  _SLA,
  0,
  () => ServiceLastAccessed$
];
var SimulationPolicyListType = 64 | 0;
var StatementListType = [
  1,
  n0,
  _SLT,
  0,
  () => Statement$
];
var tagKeyListType = 64 | 0;
var tagListType = [
  1,
  n0,
  _tLT,
  0,
  () => Tag$
];
var tagTemplateListType = [
  1,
  n0,
  _tTLT,
  0,
  () => TagTemplate$
];
var thumbprintListType = 64 | 0;
var TrackedActionsLastAccessed = [
  1,
  n0,
  _TALA,
  0,
  () => TrackedActionLastAccessed$
];
var userDetailListType = [
  1,
  n0,
  _uDLT,
  0,
  () => UserDetail$
];
var accountPropertiesMapType = 128 | 0;
var CertificationMapType = 128 | 0;
var EvalDecisionDetailsType = 128 | 0;
var summaryMapType = 128 | 1;
var PolicyIdentifier$ = [
  4,
  n0,
  _PIo,
  0,
  [_PT, _PA, _IPIn],
  [0, 0, () => InlinePolicyIdentifierType$]
];
var GenerateServiceLastAccessedDetails$ = [
  9,
  n0,
  _GSLAD,
  0,
  () => GenerateServiceLastAccessedDetailsRequest$,
  () => GenerateServiceLastAccessedDetailsResponse$
];
var GetAccountAuthorizationDetails$ = [
  9,
  n0,
  _GAAD,
  0,
  () => GetAccountAuthorizationDetailsRequest$,
  () => GetAccountAuthorizationDetailsResponse$
];
var GetPolicy$ = [
  9,
  n0,
  _GP,
  0,
  () => GetPolicyRequest$,
  () => GetPolicyResponse$
];
var GetRole$ = [
  9,
  n0,
  _GR,
  0,
  () => GetRoleRequest$,
  () => GetRoleResponse$
];
var GetRolePolicy$ = [
  9,
  n0,
  _GRP,
  0,
  () => GetRolePolicyRequest$,
  () => GetRolePolicyResponse$
];
var GetServiceLastAccessedDetails$ = [
  9,
  n0,
  _GSLADe,
  0,
  () => GetServiceLastAccessedDetailsRequest$,
  () => GetServiceLastAccessedDetailsResponse$
];
var ListAttachedRolePolicies$ = [
  9,
  n0,
  _LARP,
  0,
  () => ListAttachedRolePoliciesRequest$,
  () => ListAttachedRolePoliciesResponse$
];
var ListEntitiesForPolicy$ = [
  9,
  n0,
  _LEFP,
  0,
  () => ListEntitiesForPolicyRequest$,
  () => ListEntitiesForPolicyResponse$
];
var ListInstanceProfilesForRole$ = [
  9,
  n0,
  _LIPFR,
  0,
  () => ListInstanceProfilesForRoleRequest$,
  () => ListInstanceProfilesForRoleResponse$
];
var ListRolePolicies$ = [
  9,
  n0,
  _LRP,
  0,
  () => ListRolePoliciesRequest$,
  () => ListRolePoliciesResponse$
];

// node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2010-05-08",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultIAMHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsQueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.iam",
      errorTypeRegistries,
      xmlNamespace: "https://iam.amazonaws.com/doc/2010-05-08/",
      version: "2010-05-08",
      serviceTarget: "AWSIdentityManagementV20100508"
    },
    serviceId: config?.serviceId ?? "IAM",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-iam/dist-es/runtimeConfig.js
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

// node_modules/@aws-sdk/client-iam/dist-es/runtimeExtensions.js
init_client2();
init_client();
init_protocols();

// node_modules/@aws-sdk/client-iam/dist-es/auth/httpAuthExtensionConfiguration.js
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

// node_modules/@aws-sdk/client-iam/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-iam/dist-es/IAMClient.js
var IAMClient = class extends Client {
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
      httpAuthSchemeParametersProvider: defaultIAMHttpAuthSchemeParametersProvider,
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

// node_modules/@aws-sdk/client-iam/dist-es/commandBuilder.js
init_client();
init_endpoints();
var command = makeBuilder(commonParams, "AWSIdentityManagementV20100508", "IAMClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o3) => [];

// node_modules/@aws-sdk/client-iam/dist-es/commands/GenerateServiceLastAccessedDetailsCommand.js
var GenerateServiceLastAccessedDetailsCommand = class extends command(_ep0, _mw0, "GenerateServiceLastAccessedDetails", GenerateServiceLastAccessedDetails$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetAccountAuthorizationDetailsCommand.js
var GetAccountAuthorizationDetailsCommand = class extends command(_ep0, _mw0, "GetAccountAuthorizationDetails", GetAccountAuthorizationDetails$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetPolicyCommand.js
var GetPolicyCommand = class extends command(_ep0, _mw0, "GetPolicy", GetPolicy$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetRoleCommand.js
var GetRoleCommand = class extends command(_ep0, _mw0, "GetRole", GetRole$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetRolePolicyCommand.js
var GetRolePolicyCommand = class extends command(_ep0, _mw0, "GetRolePolicy", GetRolePolicy$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetServiceLastAccessedDetailsCommand.js
var GetServiceLastAccessedDetailsCommand = class extends command(_ep0, _mw0, "GetServiceLastAccessedDetails", GetServiceLastAccessedDetails$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/ListAttachedRolePoliciesCommand.js
var ListAttachedRolePoliciesCommand = class extends command(_ep0, _mw0, "ListAttachedRolePolicies", ListAttachedRolePolicies$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/ListEntitiesForPolicyCommand.js
var ListEntitiesForPolicyCommand = class extends command(_ep0, _mw0, "ListEntitiesForPolicy", ListEntitiesForPolicy$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/ListInstanceProfilesForRoleCommand.js
var ListInstanceProfilesForRoleCommand = class extends command(_ep0, _mw0, "ListInstanceProfilesForRole", ListInstanceProfilesForRole$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/ListRolePoliciesCommand.js
var ListRolePoliciesCommand = class extends command(_ep0, _mw0, "ListRolePolicies", ListRolePolicies$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/pagination/GetAccountAuthorizationDetailsPaginator.js
init_dist_es();
var paginateGetAccountAuthorizationDetails = createPaginator(IAMClient, GetAccountAuthorizationDetailsCommand, "Marker", "Marker", "MaxItems");

// node_modules/@aws-sdk/client-iam/dist-es/pagination/ListAttachedRolePoliciesPaginator.js
init_dist_es();
var paginateListAttachedRolePolicies = createPaginator(IAMClient, ListAttachedRolePoliciesCommand, "Marker", "Marker", "MaxItems");

// node_modules/@aws-sdk/client-iam/dist-es/pagination/ListEntitiesForPolicyPaginator.js
init_dist_es();
var paginateListEntitiesForPolicy = createPaginator(IAMClient, ListEntitiesForPolicyCommand, "Marker", "Marker", "MaxItems");

// node_modules/@aws-sdk/client-iam/dist-es/pagination/ListInstanceProfilesForRolePaginator.js
init_dist_es();
var paginateListInstanceProfilesForRole = createPaginator(IAMClient, ListInstanceProfilesForRoleCommand, "Marker", "Marker", "MaxItems");

// node_modules/@aws-sdk/client-iam/dist-es/pagination/ListRolePoliciesPaginator.js
init_dist_es();
var paginateListRolePolicies = createPaginator(IAMClient, ListRolePoliciesCommand, "Marker", "Marker", "MaxItems");

// src/inventory/live/identity.ts
var BULK_ROLE_THRESHOLD = 8;
function fillRole(work, role) {
  const f3 = work.facts;
  f3.existence = "found";
  if (role.Arn) f3.arn = role.Arn;
  if (role.Path) f3.path = role.Path;
  if (role.RoleId) f3.roleId = role.RoleId;
  if (role.CreateDate) f3.createDate = role.CreateDate.toISOString();
  const trust = decodePolicy(role.AssumeRolePolicyDocument);
  if (trust) f3.trustPolicy = trust;
  work.trust = readTrust(trust);
  if (role.PermissionsBoundary?.PermissionsBoundaryArn) f3.permissionsBoundary = role.PermissionsBoundary.PermissionsBoundaryArn;
  f3.usage.lastUsedStatus = "known";
  f3.usage.lastUsed = role.RoleLastUsed?.LastUsedDate ? role.RoleLastUsed.LastUsedDate.toISOString() : null;
  f3.usage.lastUsedRegion = role.RoleLastUsed?.Region ?? null;
}
function markAbsent(work) {
  work.facts.existence = "absent";
  work.facts.usage.lastUsedStatus = "known";
  work.facts.usage.lastUsed = null;
  work.facts.usage.servicesStatus = "known";
  work.facts.usage.services = [];
}
function markUnknown(work, gap) {
  work.facts.existence = "unknown";
  addGap(work.facts.usage.gaps, gap);
  addGap(work.facts.dependentGaps, { ...gap, kinds: [...IDENTITY_KINDS] });
}
var ignore = () => {
};
async function lookupRolesDirect(session, roles, sideGaps, onRole = ignore) {
  const iam = session.client("iam", "global", IAMClient);
  const limit = session.limit("iam", "global");
  await Promise.all(
    roles.map(async (work) => {
      const got = await limit(
        () => session.attempt({ operation: "iam:GetRole", region: "global", detail: `role ${work.name}` }, async (abortSignal) => {
          try {
            return (await iam.send(new GetRoleCommand({ RoleName: work.name }), { abortSignal })).Role ?? null;
          } catch (e3) {
            if (isNoSuchEntity(e3)) return null;
            throw e3;
          }
        })
      );
      if (!got.ok) {
        markUnknown(work, got.gap);
        return onRole(work);
      }
      if (!got.value) {
        markAbsent(work);
        return onRole(work);
      }
      fillRole(work, got.value);
      onRole(work);
      await Promise.all([
        limit(async () => {
          const r3 = await session.attempt(
            { operation: "iam:ListAttachedRolePolicies", region: "global", detail: `role ${work.name}` },
            async (abortSignal) => {
              const out = [];
              for await (const page of paginateListAttachedRolePolicies({ client: iam }, { RoleName: work.name }, { abortSignal }))
                for (const p3 of page.AttachedPolicies ?? []) out.push({ name: p3.PolicyName ?? "", arn: p3.PolicyArn ?? "" });
              return out;
            }
          );
          if (r3.ok) work.facts.attachedPolicies = r3.value;
          else addGap(sideGaps, r3.gap);
        }),
        (async () => {
          const r3 = await limit(
            () => session.attempt({ operation: "iam:ListRolePolicies", region: "global", detail: `role ${work.name}` }, async (abortSignal) => {
              const names = [];
              for await (const page of paginateListRolePolicies({ client: iam }, { RoleName: work.name }, { abortSignal }))
                names.push(...page.PolicyNames ?? []);
              return names;
            })
          );
          if (!r3.ok) return addGap(sideGaps, r3.gap);
          work.facts.inlinePolicies = await mapLimited(r3.value, limit, async (name) => {
            const doc = await session.attempt(
              { operation: "iam:GetRolePolicy", region: "global", detail: `role ${work.name} policy ${name}` },
              async (abortSignal) => (await iam.send(new GetRolePolicyCommand({ RoleName: work.name, PolicyName: name }), { abortSignal })).PolicyDocument
            );
            if (!doc.ok) addGap(sideGaps, doc.gap);
            const document = doc.ok ? decodePolicy(doc.value) : void 0;
            return document === void 0 ? { name } : { name, document };
          });
        })(),
        limit(async () => {
          const r3 = await session.attempt(
            { operation: "iam:ListInstanceProfilesForRole", region: "global", kinds: ["ec2-instance"], detail: `role ${work.name}` },
            async (abortSignal) => {
              const out = [];
              for await (const page of paginateListInstanceProfilesForRole({ client: iam }, { RoleName: work.name }, { abortSignal }))
                for (const p3 of page.InstanceProfiles ?? []) out.push({ name: p3.InstanceProfileName ?? "", arn: p3.Arn ?? "" });
              return out;
            }
          );
          if (r3.ok) work.facts.instanceProfiles = r3.value;
          else addGap(work.facts.dependentGaps, r3.gap);
        })
      ]);
      onRole(work);
    })
  );
}
async function fetchBulkDetails(session, onPage) {
  const iam = session.client("iam", "global", IAMClient);
  const task = session.run.progress.start(`iam account ${session.account || "of the caller"} authorization details`, "roles");
  try {
    return await session.attempt({ operation: "iam:GetAccountAuthorizationDetails", region: "global" }, async (abortSignal) => {
      const roles = /* @__PURE__ */ new Map();
      for await (const page of paginateGetAccountAuthorizationDetails({ client: iam, pageSize: 1e3 }, { Filter: ["Role"] }, { abortSignal })) {
        const pageRoles = /* @__PURE__ */ new Map();
        for (const r3 of page.RoleDetailList ?? []) if (r3.RoleName) pageRoles.set(roleKey(session.account, r3.RoleName), r3);
        for (const [k3, r3] of pageRoles) roles.set(k3, r3);
        task.add(page.RoleDetailList?.length ?? 0);
        onPage?.(pageRoles);
      }
      return { roles };
    });
  } finally {
    task.done();
  }
}
function startEarlyBulk(probe) {
  const pages = [];
  let listener;
  const done = fetchBulkDetails(probe, (page) => {
    pages.push(page);
    listener?.(page);
  });
  done.catch(() => void 0);
  const rekey = (account, roles) => new Map([...roles.values()].map((r3) => [roleKey(account, r3.RoleName ?? ""), r3]));
  return {
    async follow(account, onPage) {
      for (const page of pages) onPage(rekey(account, page));
      listener = (page) => onPage(rekey(account, page));
      const b3 = await done;
      return b3.ok ? { ok: true, value: { roles: rekey(account, b3.value.roles) } } : b3;
    }
  };
}
function applyBulkDetails(bulk, roles, onRole = ignore) {
  for (const work of roles) {
    if (!("roles" in bulk)) markUnknown(work, bulk);
    else {
      const detail = bulk.roles.get(work.key);
      if (detail) applyBulkRole(work, detail);
      else markAbsent(work);
    }
    onRole(work);
  }
}
function applyBulkRole(work, detail) {
  fillRole(work, detail);
  work.facts.attachedPolicies = (detail.AttachedManagedPolicies ?? []).map((p3) => ({ name: p3.PolicyName ?? "", arn: p3.PolicyArn ?? "" }));
  work.facts.inlinePolicies = (detail.RolePolicyList ?? []).map((p3) => {
    const document = decodePolicy(p3.PolicyDocument);
    return document === void 0 ? { name: p3.PolicyName ?? "" } : { name: p3.PolicyName ?? "", document };
  });
  work.facts.instanceProfiles = (detail.InstanceProfileList ?? []).map((p3) => ({ name: p3.InstanceProfileName ?? "", arn: p3.Arn ?? "" }));
}

// src/inventory/live/options.ts
var DEFAULT_MAX_ATTEMPTS = 5;
var LOOKUP_INTERVAL_MS = 500;
function defaultRegion(env = process.env) {
  return env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1";
}

// src/inventory/live/session.ts
var CONCURRENCY_PER_SERVICE_REGION = 4;
function sentMiddleware(run) {
  return (next) => (args) => {
    const sending = next(args);
    run.requestSent();
    return sending;
  };
}
function createSendWatch() {
  let waiting = [];
  return {
    afterNextSend: (fn) => void waiting.push(fn),
    requestSent: () => {
      if (waiting.length === 0) return;
      const due = waiting;
      waiting = [];
      setImmediate(() => {
        for (const fn of due) fn();
      });
    }
  };
}
var AccountSession = class {
  constructor(run, account, partition, home, credentials) {
    this.run = run;
    this.account = account;
    this.partition = partition;
    this.home = home;
    this.credentials = credentials;
  }
  run;
  account;
  partition;
  home;
  credentials;
  clients = /* @__PURE__ */ new Map();
  limiters = /* @__PURE__ */ new Map();
  client(service, region, Ctor) {
    const key = `${service}/${region}`;
    const existing = this.clients.get(key);
    if (existing) return existing;
    const extra = this.run.options.clientConfig?.(service) ?? {};
    const config = {
      region: region === "global" ? iamRegion(this.partition) : region,
      maxAttempts: this.run.maxAttempts,
      retryMode: "adaptive",
      ...extra
    };
    if (this.credentials) config.credentials = this.credentials;
    const client = new Ctor(config);
    client.middlewareStack.add(this.countingMiddleware(service, region), { step: "initialize", name: "ibrCallCounter" });
    client.middlewareStack.add(sentMiddleware(this.run), { step: "finalizeRequest", priority: "low", name: "ibrAfterSend" });
    this.clients.set(key, client);
    return client;
  }
  limit(service, region) {
    return this.lane(`${service}/${region}`, CONCURRENCY_PER_SERVICE_REGION);
  }
  /** A limiter of its own for one kind of call (e.g. Access Advisor jobs), so it does not queue behind the others. */
  lane(name, size) {
    let limiter = this.limiters.get(name);
    if (!limiter) {
      limiter = createLimiter(size);
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
  /** Runs one lookup; a failure becomes a gap naming the operation, region and reason. */
  async attempt(ctx, fn) {
    try {
      if (this.run.signal.aborted) throw Object.assign(new Error("deadline passed"), { name: "AbortError" });
      return { ok: true, value: await fn(this.run.signal) };
    } catch (e3) {
      const reason = failureReason(e3, {
        ...ctx,
        account: this.account,
        foreignAccount: !this.home,
        maxAttempts: this.run.maxAttempts,
        timeoutMs: this.run.timeoutMs,
        deadlinePassed: this.run.signal.aborted
      });
      this.run.debug(`gap ${reason}`);
      return { ok: false, gap: gapOf(reason, { operation: ctx.operation, region: ctx.region, account: this.account }, ctx.kinds) };
    }
  }
  destroy() {
    for (const c3 of this.clients.values()) c3.destroy();
    this.clients.clear();
  }
  countingMiddleware(service, region) {
    const run = this.run;
    const account = this.account;
    return (next, context) => async (args) => {
      const operation = `${service}:${(context.commandName ?? "Unknown").replace(/Command$/, "")}`;
      run.counts[operation] = (run.counts[operation] ?? 0) + 1;
      const started = Date.now();
      let outcome = "ok";
      try {
        return await next(args);
      } catch (e3) {
        outcome = e3 instanceof Error ? e3.name : "error";
        throw e3;
      } finally {
        run.debug(`api ${operation} ${region} ${account} ${outcome} ${Date.now() - started}ms`);
      }
    };
  }
};

// src/inventory/live/collect.ts
import { setMaxListeners } from "node:events";

// node_modules/@aws-sdk/client-sts/dist-es/STSClient.js
init_client2();
init_dist_es();
init_client();
init_config();
init_endpoints();
init_protocols();
init_retry();
init_schema();

// node_modules/@aws-sdk/client-sts/dist-es/auth/httpAuthSchemeProvider.js
init_httpAuthSchemes();
var import_signature_v4_multi_region = __toESM(require_dist_cjs());
init_client();
init_endpoints();

// node_modules/@aws-sdk/client-sts/dist-es/endpoint/endpointResolver.js
init_client2();
init_endpoints();

// node_modules/@aws-sdk/client-sts/dist-es/endpoint/bdd.js
init_endpoints();
var q2 = "ref";
var a2 = -1;
var b2 = true;
var c2 = "isSet";
var d2 = "PartitionResult";
var e2 = "booleanEquals";
var f2 = "stringEquals";
var g2 = "getAttr";
var h2 = "us-east-1";
var i2 = "sigv4";
var j2 = "sts";
var k2 = "https://sts.{Region}.{PartitionResult#dnsSuffix}";
var l2 = { [q2]: "Endpoint" };
var m2 = { [q2]: "Region" };
var n2 = { [q2]: d2 };
var o2 = {};
var p2 = [m2];
var _data2 = {
  conditions: [
    [c2, [l2]],
    [c2, p2],
    ["aws.partition", p2, d2],
    [e2, [{ [q2]: "UseFIPS" }, b2]],
    [e2, [{ [q2]: "UseDualStack" }, b2]],
    [f2, [m2, "aws-global"]],
    [e2, [{ [q2]: "UseGlobalEndpoint" }, b2]],
    [f2, [m2, "eu-central-1"]],
    [e2, [{ fn: g2, argv: [n2, "supportsDualStack"] }, b2]],
    [e2, [{ fn: g2, argv: [n2, "supportsFIPS"] }, b2]],
    [f2, [m2, "ap-south-1"]],
    [f2, [m2, "eu-north-1"]],
    [f2, [m2, "eu-west-1"]],
    [f2, [m2, "eu-west-2"]],
    [f2, [m2, "eu-west-3"]],
    [f2, [m2, "sa-east-1"]],
    [f2, [m2, h2]],
    [f2, [m2, "us-east-2"]],
    [f2, [m2, "us-west-2"]],
    [f2, [m2, "us-west-1"]],
    [f2, [m2, "ca-central-1"]],
    [f2, [m2, "ap-southeast-1"]],
    [f2, [m2, "ap-northeast-1"]],
    [f2, [m2, "ap-southeast-2"]],
    [f2, [{ fn: g2, argv: [n2, "name"] }, "aws-us-gov"]]
  ],
  results: [
    [a2],
    ["https://sts.amazonaws.com", { authSchemes: [{ name: i2, signingName: j2, signingRegion: h2 }] }],
    [k2, { authSchemes: [{ name: i2, signingName: j2, signingRegion: "{Region}" }] }],
    [a2, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a2, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [l2, o2],
    ["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", o2],
    [a2, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://sts.{Region}.amazonaws.com", o2],
    ["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", o2],
    [a2, "FIPS is enabled but this partition does not support FIPS"],
    ["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", o2],
    [a2, "DualStack is enabled but this partition does not support DualStack"],
    [k2, o2],
    [a2, "Invalid Configuration: Missing Region"]
  ]
};
var root2 = 2;
var r2 = 1e8;
var nodes2 = new Int32Array([
  -1,
  1,
  -1,
  0,
  30,
  3,
  1,
  4,
  r2 + 14,
  2,
  5,
  r2 + 14,
  3,
  25,
  6,
  4,
  24,
  7,
  5,
  r2 + 1,
  8,
  6,
  9,
  r2 + 13,
  7,
  r2 + 1,
  10,
  10,
  r2 + 1,
  11,
  11,
  r2 + 1,
  12,
  12,
  r2 + 1,
  13,
  13,
  r2 + 1,
  14,
  14,
  r2 + 1,
  15,
  15,
  r2 + 1,
  16,
  16,
  r2 + 1,
  17,
  17,
  r2 + 1,
  18,
  18,
  r2 + 1,
  19,
  19,
  r2 + 1,
  20,
  20,
  r2 + 1,
  21,
  21,
  r2 + 1,
  22,
  22,
  r2 + 1,
  23,
  23,
  r2 + 1,
  r2 + 2,
  8,
  r2 + 11,
  r2 + 12,
  4,
  28,
  26,
  9,
  27,
  r2 + 10,
  24,
  r2 + 8,
  r2 + 9,
  8,
  29,
  r2 + 7,
  9,
  r2 + 6,
  r2 + 7,
  3,
  r2 + 3,
  31,
  4,
  r2 + 4,
  r2 + 5
]);
var bdd2 = BinaryDecisionDiagram.from(nodes2, root2, _data2.conditions, _data2.results);

// node_modules/@aws-sdk/client-sts/dist-es/endpoint/endpointResolver.js
var cache2 = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS", "UseGlobalEndpoint"]
});
var defaultEndpointResolver2 = (endpointParams, context = {}) => {
  return cache2.get(endpointParams, () => decideEndpoint(bdd2, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-sts/dist-es/auth/httpAuthSchemeProvider.js
var createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
  if (!input) {
    throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
  }
  const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
  const instructionsFn = getSmithyContext(context)?.commandInstance?.constructor?.getEndpointParameterInstructions;
  if (!instructionsFn) {
    throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
  }
  const endpointParameters = await resolveParams(input, { getEndpointParameterInstructions: instructionsFn }, config);
  return Object.assign(defaultParameters, endpointParameters);
};
var _defaultSTSHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
var defaultSTSHttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultSTSHttpAuthSchemeParametersProvider);
function createAwsAuthSigv4HttpAuthOption2(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "sts",
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
function createAwsAuthSigv4aHttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4a",
    signingProperties: {
      name: "sts",
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
function createSmithyApiNoAuthHttpAuthOption(authParameters) {
  return {
    schemeId: "smithy.api#noAuth"
  };
}
var createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver3, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
  const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
    const endpoint = defaultEndpointResolver3(authParameters);
    const authSchemes = endpoint.properties?.authSchemes;
    if (!authSchemes) {
      return defaultHttpAuthSchemeResolver(authParameters);
    }
    const options = [];
    for (const scheme of authSchemes) {
      const { name: resolvedName, properties = {}, ...rest } = scheme;
      const name = resolvedName.toLowerCase();
      if (resolvedName !== name) {
        console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
      }
      let schemeId;
      if (name === "sigv4a") {
        schemeId = "aws.auth#sigv4a";
        const sigv4Present = authSchemes.find((s2) => {
          const name2 = s2.name.toLowerCase();
          return name2 !== "sigv4a" && name2.startsWith("sigv4");
        });
        if (import_signature_v4_multi_region.SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) {
          continue;
        }
      } else if (name.startsWith("sigv4")) {
        schemeId = "aws.auth#sigv4";
      } else {
        throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
      }
      const createOption = createHttpAuthOptionFunctions[schemeId];
      if (!createOption) {
        throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
      }
      const option = createOption(authParameters);
      option.schemeId = schemeId;
      option.signingProperties = { ...option.signingProperties || {}, ...rest, ...properties };
      options.push(option);
    }
    return options;
  };
  return endpointRuleSetHttpAuthSchemeProvider;
};
var _defaultSTSHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    case "AssumeRoleWithSAML": {
      options.push(createSmithyApiNoAuthHttpAuthOption(authParameters));
      options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
      break;
    }
    case "AssumeRoleWithWebIdentity": {
      options.push(createSmithyApiNoAuthHttpAuthOption(authParameters));
      options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
      break;
    }
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption2(authParameters));
      options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
    }
  }
  return options;
};
var defaultSTSHttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver2, _defaultSTSHttpAuthSchemeProvider, {
  "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption2,
  "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
  "smithy.api#noAuth": createSmithyApiNoAuthHttpAuthOption
});
var resolveHttpAuthSchemeConfig2 = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  const config_1 = resolveAwsSdkSigV4AConfig(config_0);
  return Object.assign(config_1, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-sts/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters2 = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    useGlobalEndpoint: options.useGlobalEndpoint ?? false,
    defaultSigningName: "sts"
  });
};
var commonParams2 = {
  UseGlobalEndpoint: { type: "builtInParams", name: "useGlobalEndpoint" },
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-sts/package.json
var package_default2 = {
  name: "@aws-sdk/client-sts",
  version: "3.1177.0",
  description: "AWS SDK for JavaScript Sts Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-sts",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-sts"
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
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.2",
    "@aws-sdk/credential-provider-node": "^3.972.99",
    "@aws-sdk/signature-v4-multi-region": "^3.996.52",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.41.1",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-sts/dist-es/runtimeConfig.js
init_client2();
init_httpAuthSchemes();
var import_credential_provider_node2 = __toESM(require_dist_cjs3());
init_dist_es();
init_client();
init_config();
init_retry();
init_serde();
var import_node_http_handler2 = __toESM(require_dist_cjs2());

// node_modules/@aws-sdk/client-sts/dist-es/runtimeConfig.shared.js
init_httpAuthSchemes();
init_protocols2();
var import_signature_v4_multi_region2 = __toESM(require_dist_cjs());
init_dist_es();
init_checksum();
init_client();
init_protocols();
init_serde();

// node_modules/@aws-sdk/client-sts/dist-es/schemas/schemas_0.js
init_schema();

// node_modules/@aws-sdk/client-sts/dist-es/models/STSServiceException.js
init_client();
var STSServiceException = class _STSServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _STSServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-sts/dist-es/models/errors.js
var ExpiredTokenException = class _ExpiredTokenException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#ExpiredTokenException";
  name = "ExpiredTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExpiredTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExpiredTokenException.prototype);
  }
};
var InvalidContextAssertionException = class _InvalidContextAssertionException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#InvalidContextAssertionException";
  name = "InvalidContextAssertionException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidContextAssertionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidContextAssertionException.prototype);
  }
};
var MalformedPolicyDocumentException2 = class _MalformedPolicyDocumentException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#MalformedPolicyDocumentException";
  name = "MalformedPolicyDocumentException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MalformedPolicyDocumentException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
  }
};
var PackedPolicyTooLargeException = class _PackedPolicyTooLargeException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#PackedPolicyTooLargeException";
  name = "PackedPolicyTooLargeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "PackedPolicyTooLargeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _PackedPolicyTooLargeException.prototype);
  }
};
var RegionDisabledException = class _RegionDisabledException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#RegionDisabledException";
  name = "RegionDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "RegionDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _RegionDisabledException.prototype);
  }
};
var IDPRejectedClaimException = class _IDPRejectedClaimException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#IDPRejectedClaimException";
  name = "IDPRejectedClaimException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "IDPRejectedClaimException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IDPRejectedClaimException.prototype);
  }
};
var InvalidIdentityTokenException = class _InvalidIdentityTokenException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#InvalidIdentityTokenException";
  name = "InvalidIdentityTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidIdentityTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidIdentityTokenException.prototype);
  }
};
var IDPCommunicationErrorException = class _IDPCommunicationErrorException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#IDPCommunicationErrorException";
  name = "IDPCommunicationErrorException";
  $fault = "client";
  $retryable = {};
  constructor(opts) {
    super({
      name: "IDPCommunicationErrorException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _IDPCommunicationErrorException.prototype);
  }
};
var InvalidAuthorizationMessageException = class _InvalidAuthorizationMessageException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#InvalidAuthorizationMessageException";
  name = "InvalidAuthorizationMessageException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidAuthorizationMessageException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidAuthorizationMessageException.prototype);
  }
};
var ExpiredTradeInTokenException = class _ExpiredTradeInTokenException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#ExpiredTradeInTokenException";
  name = "ExpiredTradeInTokenException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ExpiredTradeInTokenException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ExpiredTradeInTokenException.prototype);
  }
};
var InsufficientSessionLifetimeException = class _InsufficientSessionLifetimeException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#InsufficientSessionLifetimeException";
  name = "InsufficientSessionLifetimeException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InsufficientSessionLifetimeException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientSessionLifetimeException.prototype);
  }
};
var InvalidSubjectCredentialsException = class _InvalidSubjectCredentialsException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#InvalidSubjectCredentialsException";
  name = "InvalidSubjectCredentialsException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidSubjectCredentialsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidSubjectCredentialsException.prototype);
  }
};
var JWTPayloadSizeExceededException = class _JWTPayloadSizeExceededException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#JWTPayloadSizeExceededException";
  name = "JWTPayloadSizeExceededException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "JWTPayloadSizeExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _JWTPayloadSizeExceededException.prototype);
  }
};
var OutboundWebIdentityFederationDisabledException = class _OutboundWebIdentityFederationDisabledException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#OutboundWebIdentityFederationDisabledException";
  name = "OutboundWebIdentityFederationDisabledException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "OutboundWebIdentityFederationDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OutboundWebIdentityFederationDisabledException.prototype);
  }
};
var SessionDurationEscalationException = class _SessionDurationEscalationException extends STSServiceException {
  static shapeId = "com.amazonaws.sts#SessionDurationEscalationException";
  name = "SessionDurationEscalationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "SessionDurationEscalationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _SessionDurationEscalationException.prototype);
  }
};

// node_modules/@aws-sdk/client-sts/dist-es/schemas/schemas_0.js
var _A2 = "Arn";
var _AKI = "AccessKeyId";
var _AR = "AssumeRole";
var _ARI = "AssumedRoleId";
var _ARR = "AssumeRoleRequest";
var _ARRs = "AssumeRoleResponse";
var _ARU = "AssumedRoleUser";
var _Ac = "Account";
var _Au = "Audience";
var _C2 = "Credentials";
var _CA2 = "ContextAssertion";
var _DS = "DurationSeconds";
var _E2 = "Expiration";
var _EI = "ExternalId";
var _ETE = "ExpiredTokenException";
var _ETITE = "ExpiredTradeInTokenException";
var _GCI = "GetCallerIdentity";
var _GCIR = "GetCallerIdentityRequest";
var _GCIRe = "GetCallerIdentityResponse";
var _GWITR = "GetWebIdentityTokenRequest";
var _IAME = "InvalidAuthorizationMessageException";
var _ICAE = "InvalidContextAssertionException";
var _IDPCEE = "IDPCommunicationErrorException";
var _IDPRCE = "IDPRejectedClaimException";
var _IITE = "InvalidIdentityTokenException";
var _ISCE = "InvalidSubjectCredentialsException";
var _ISLE = "InsufficientSessionLifetimeException";
var _JWTPSEE = "JWTPayloadSizeExceededException";
var _K2 = "Key";
var _MPDE2 = "MalformedPolicyDocumentException";
var _MSTS = "MinimumSessionTokenSize";
var _OWIFDE = "OutboundWebIdentityFederationDisabledException";
var _P2 = "Policy";
var _PA2 = "PolicyArns";
var _PAro = "ProviderArn";
var _PC = "ProvidedContexts";
var _PCLT = "ProvidedContextsListType";
var _PCr = "ProvidedContext";
var _PDT = "PolicyDescriptorType";
var _PPS = "PackedPolicySize";
var _PPTLE = "PackedPolicyTooLargeException";
var _RA2 = "RoleArn";
var _RDE = "RegionDisabledException";
var _RSN = "RoleSessionName";
var _SA = "SigningAlgorithm";
var _SAK = "SecretAccessKey";
var _SDEE = "SessionDurationEscalationException";
var _SI = "SourceIdentity";
var _SM2 = "SubjectMode";
var _SN2 = "SerialNumber";
var _STS = "SessionTokenSize";
var _STU = "SessionTokenUtilization";
var _STe = "SessionToken";
var _Sc = "Scope";
var _T2 = "Tags";
var _TC = "TokenCode";
var _TTK = "TransitiveTagKeys";
var _Ta2 = "Tag";
var _UI2 = "UserId";
var _V = "Value";
var _a = "arn";
var _aKST = "accessKeySecretType";
var _aQE2 = "awsQueryError";
var _c2 = "client";
var _e2 = "error";
var _hE2 = "httpError";
var _m2 = "message";
var _pDLT2 = "policyDescriptorListType";
var _s2 = "smithy.ts.sdk.synthetic.com.amazonaws.sts";
var _tLT2 = "tagListType";
var n02 = "com.amazonaws.sts";
var _s_registry2 = new TypeRegistry(_s2);
var STSServiceException$ = [-3, _s2, "STSServiceException", 0, [], []];
_s_registry2.registerError(STSServiceException$, STSServiceException);
var n0_registry2 = new TypeRegistry(n02);
var ExpiredTokenException$ = [
  -3,
  n02,
  _ETE,
  { [_aQE2]: [`ExpiredTokenException`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(ExpiredTokenException$, ExpiredTokenException);
var ExpiredTradeInTokenException$ = [
  -3,
  n02,
  _ETITE,
  { [_aQE2]: [`ExpiredTradeInTokenException`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(ExpiredTradeInTokenException$, ExpiredTradeInTokenException);
var IDPCommunicationErrorException$ = [
  -3,
  n02,
  _IDPCEE,
  { [_aQE2]: [`IDPCommunicationError`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(IDPCommunicationErrorException$, IDPCommunicationErrorException);
var IDPRejectedClaimException$ = [
  -3,
  n02,
  _IDPRCE,
  { [_aQE2]: [`IDPRejectedClaim`, 403], [_e2]: _c2, [_hE2]: 403 },
  [_m2],
  [0]
];
n0_registry2.registerError(IDPRejectedClaimException$, IDPRejectedClaimException);
var InsufficientSessionLifetimeException$ = [
  -3,
  n02,
  _ISLE,
  { [_aQE2]: [`InsufficientSessionLifetime`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(InsufficientSessionLifetimeException$, InsufficientSessionLifetimeException);
var InvalidAuthorizationMessageException$ = [
  -3,
  n02,
  _IAME,
  { [_aQE2]: [`InvalidAuthorizationMessageException`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(InvalidAuthorizationMessageException$, InvalidAuthorizationMessageException);
var InvalidContextAssertionException$ = [
  -3,
  n02,
  _ICAE,
  { [_aQE2]: [`InvalidContextAssertion`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(InvalidContextAssertionException$, InvalidContextAssertionException);
var InvalidIdentityTokenException$ = [
  -3,
  n02,
  _IITE,
  { [_aQE2]: [`InvalidIdentityToken`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(InvalidIdentityTokenException$, InvalidIdentityTokenException);
var InvalidSubjectCredentialsException$ = [
  -3,
  n02,
  _ISCE,
  { [_aQE2]: [`InvalidSubjectCredentials`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(InvalidSubjectCredentialsException$, InvalidSubjectCredentialsException);
var JWTPayloadSizeExceededException$ = [
  -3,
  n02,
  _JWTPSEE,
  { [_aQE2]: [`JWTPayloadSizeExceededException`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(JWTPayloadSizeExceededException$, JWTPayloadSizeExceededException);
var MalformedPolicyDocumentException$2 = [
  -3,
  n02,
  _MPDE2,
  { [_aQE2]: [`MalformedPolicyDocument`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(MalformedPolicyDocumentException$2, MalformedPolicyDocumentException2);
var OutboundWebIdentityFederationDisabledException$ = [
  -3,
  n02,
  _OWIFDE,
  { [_aQE2]: [`OutboundWebIdentityFederationDisabledException`, 403], [_e2]: _c2, [_hE2]: 403 },
  [_m2],
  [0]
];
n0_registry2.registerError(OutboundWebIdentityFederationDisabledException$, OutboundWebIdentityFederationDisabledException);
var PackedPolicyTooLargeException$ = [
  -3,
  n02,
  _PPTLE,
  { [_aQE2]: [`PackedPolicyTooLarge`, 400], [_e2]: _c2, [_hE2]: 400 },
  [_m2],
  [0]
];
n0_registry2.registerError(PackedPolicyTooLargeException$, PackedPolicyTooLargeException);
var RegionDisabledException$ = [
  -3,
  n02,
  _RDE,
  { [_aQE2]: [`RegionDisabledException`, 403], [_e2]: _c2, [_hE2]: 403 },
  [_m2],
  [0]
];
n0_registry2.registerError(RegionDisabledException$, RegionDisabledException);
var SessionDurationEscalationException$ = [
  -3,
  n02,
  _SDEE,
  { [_aQE2]: [`SessionDurationEscalationException`, 403], [_e2]: _c2, [_hE2]: 403 },
  [_m2],
  [0]
];
n0_registry2.registerError(SessionDurationEscalationException$, SessionDurationEscalationException);
var errorTypeRegistries2 = [
  _s_registry2,
  n0_registry2
];
var accessKeySecretType = [0, n02, _aKST, 8, 0];
var AssumedRoleUser$ = [
  3,
  n02,
  _ARU,
  0,
  [_ARI, _A2],
  [0, 0],
  2
];
var AssumeRoleRequest$ = [
  3,
  n02,
  _ARR,
  0,
  [_RA2, _RSN, _PA2, _P2, _DS, _T2, _TTK, _EI, _SN2, _TC, _SI, _PC, _MSTS],
  [0, 0, () => policyDescriptorListType, 0, 1, () => tagListType2, 64 | 0, 0, 0, 0, 0, () => ProvidedContextsListType, 1],
  2
];
var AssumeRoleResponse$ = [
  3,
  n02,
  _ARRs,
  0,
  [_C2, _ARU, _PPS, _SI, _STU, _STS],
  [[() => Credentials$, 0], () => AssumedRoleUser$, 1, 0, 1, 1]
];
var Credentials$ = [
  3,
  n02,
  _C2,
  0,
  [_AKI, _SAK, _STe, _E2],
  [0, [() => accessKeySecretType, 0], 0, 4],
  4
];
var GetCallerIdentityRequest$ = [
  3,
  n02,
  _GCIR,
  0,
  [],
  []
];
var GetCallerIdentityResponse$ = [
  3,
  n02,
  _GCIRe,
  0,
  [_UI2, _Ac, _A2],
  [0, 0, 0]
];
var GetWebIdentityTokenRequest$ = [
  3,
  n02,
  _GWITR,
  0,
  [_Au, _SA, _DS, _Sc, _SM2, _T2],
  [64 | 0, 0, 1, 0, 0, () => tagListType2],
  2
];
var PolicyDescriptorType$ = [
  3,
  n02,
  _PDT,
  0,
  [_a],
  [0]
];
var ProvidedContext$ = [
  3,
  n02,
  _PCr,
  0,
  [_PAro, _CA2],
  [0, 0]
];
var Tag$2 = [
  3,
  n02,
  _Ta2,
  0,
  [_K2, _V],
  [0, 0],
  2
];
var policyDescriptorListType = [
  1,
  n02,
  _pDLT2,
  0,
  () => PolicyDescriptorType$
];
var ProvidedContextsListType = [
  1,
  n02,
  _PCLT,
  0,
  () => ProvidedContext$
];
var tagKeyListType2 = 64 | 0;
var tagListType2 = [
  1,
  n02,
  _tLT2,
  0,
  () => Tag$2
];
var webIdentityTokenAudienceListType = 64 | 0;
var AssumeRole$ = [
  9,
  n02,
  _AR,
  0,
  () => AssumeRoleRequest$,
  () => AssumeRoleResponse$
];
var GetCallerIdentity$ = [
  9,
  n02,
  _GCI,
  0,
  () => GetCallerIdentityRequest$,
  () => GetCallerIdentityResponse$
];

// node_modules/@aws-sdk/client-sts/dist-es/runtimeConfig.shared.js
var getRuntimeConfig3 = (config) => {
  return {
    apiVersion: "2011-06-15",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver2,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSTSHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      },
      {
        schemeId: "aws.auth#sigv4a",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
        signer: new AwsSdkSigV4ASigner()
      },
      {
        schemeId: "smithy.api#noAuth",
        identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
        signer: new NoAuthSigner()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsQueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.sts",
      errorTypeRegistries: errorTypeRegistries2,
      xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
      version: "2011-06-15",
      serviceTarget: "AWSSecurityTokenServiceV20110615"
    },
    serviceId: config?.serviceId ?? "STS",
    sha256: config?.sha256 ?? Sha256Node,
    signerConstructor: config?.signerConstructor ?? import_signature_v4_multi_region2.SignatureV4MultiRegion,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-sts/dist-es/runtimeConfig.js
var getRuntimeConfig4 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig3(config);
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
    credentialDefaultProvider: config?.credentialDefaultProvider ?? import_credential_provider_node2.defaultProvider,
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default2.version }),
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4") || (async (idProps) => await (0, import_credential_provider_node2.defaultProvider)(idProps?.__config || {})()),
        signer: new AwsSdkSigV4Signer()
      },
      {
        schemeId: "aws.auth#sigv4a",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
        signer: new AwsSdkSigV4ASigner()
      },
      {
        schemeId: "smithy.api#noAuth",
        identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#noAuth") || (async () => ({})),
        signer: new NoAuthSigner()
      }
    ],
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: import_node_http_handler2.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
    streamCollector: config?.streamCollector ?? import_node_http_handler2.streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-sts/dist-es/runtimeExtensions.js
init_client2();
init_client();
init_protocols();

// node_modules/@aws-sdk/client-sts/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration2 = (runtimeConfig) => {
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
var resolveHttpAuthRuntimeConfig2 = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-sts/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions2 = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration2(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig2(extensionConfiguration));
};

// node_modules/@aws-sdk/client-sts/dist-es/STSClient.js
var STSClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig4(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters2(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig2(_config_6);
    const _config_8 = resolveRuntimeExtensions2(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultSTSHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials,
        "aws.auth#sigv4a": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-sts/dist-es/commandBuilder.js
init_client();
init_endpoints();
var command2 = makeBuilder(commonParams2, "AWSSecurityTokenServiceV20110615", "STSClient", getEndpointPlugin);
var _ep02 = {};
var _mw02 = (Command, cs, config, o3) => [];

// node_modules/@aws-sdk/client-sts/dist-es/commands/AssumeRoleCommand.js
var AssumeRoleCommand = class extends command2(_ep02, _mw02, "AssumeRole", AssumeRole$) {
};

// node_modules/@aws-sdk/client-sts/dist-es/commands/GetCallerIdentityCommand.js
var GetCallerIdentityCommand = class extends command2(_ep02, _mw02, "GetCallerIdentity", GetCallerIdentity$) {
};

// src/inventory/live/access-advisor.ts
var ACTION_TRACKED_SERVICES = /* @__PURE__ */ new Set(["s3", "ec2", "iam", "lambda"]);
var POLL_FIRST_MS = 500;
var POLL_MAX_MS = 8e3;
var ADVISOR_CONCURRENCY = 8;
function iso(d3) {
  return d3 ? d3.toISOString() : null;
}
var AccessAdvisor = class {
  constructor(session) {
    this.session = session;
  }
  session;
  /** Resolves to true when the account's first job was COMPLETED at its first poll. */
  probe;
  /** Fills `work.facts.usage.services` (or a usage gap); never throws for AWS failures. */
  async lookup(work, removedServices) {
    const usage = work.facts.usage;
    if (work.facts.existence !== "found" || !work.facts.arn) return;
    const session = this.session;
    const run = session.run;
    const iam = session.client("iam", "global", IAMClient);
    const limit = session.lane("iam/global/access-advisor", ADVISOR_CONCURRENCY);
    const tracked = removedServices.map((s2) => s2.toLowerCase()).filter((s2) => ACTION_TRACKED_SERVICES.has(s2));
    const granularity = tracked.length > 0 ? "ACTION_LEVEL" : "SERVICE_LEVEL";
    const detail = `role ${work.name}`;
    const arn = work.facts.arn;
    const job = await limit(
      () => session.attempt(
        { operation: "iam:GenerateServiceLastAccessedDetails", region: "global", detail },
        async (abortSignal) => (await iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: arn, Granularity: granularity }), { abortSignal })).JobId
      )
    );
    if (!job.ok) return addGap(usage.gaps, job.gap);
    const jobId = job.value;
    if (!jobId) return addGap(usage.gaps, { operation: "iam:GenerateServiceLastAccessedDetails", region: "global", account: session.account, reason: `Access Advisor returned no job id (${detail})` });
    let answerProbe;
    let delay;
    if (!this.probe) {
      this.probe = new Promise((resolve) => answerProbe = resolve);
      delay = 0;
    } else delay = await this.probe ? 0 : POLL_FIRST_MS;
    try {
      for (; ; ) {
        if (run.clock().getTime() + delay >= run.deadlineAt) {
          return addGap(usage.gaps, {
            operation: "iam:GetServiceLastAccessedDetails",
            region: "global",
            account: session.account,
            reason: `Access Advisor job still IN_PROGRESS when the deadline of ${Math.round(run.timeoutMs / 1e3)} s came (${detail})`
          });
        }
        if (delay > 0) await run.sleep(delay);
        delay = delay === 0 ? POLL_FIRST_MS : Math.min(delay * 2, POLL_MAX_MS);
        const polled = await limit(
          () => session.attempt({ operation: "iam:GetServiceLastAccessedDetails", region: "global", detail }, async (abortSignal) => {
            const services2 = [];
            let marker;
            for (; ; ) {
              const page = await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId, ...marker ? { Marker: marker } : {} }), { abortSignal });
              if (page.JobStatus !== "COMPLETED") return { status: page.JobStatus ?? "UNKNOWN", error: page.Error?.Message ?? page.Error?.Code, services: services2 };
              services2.push(...page.ServicesLastAccessed ?? []);
              if (!page.IsTruncated || !page.Marker) return { status: "COMPLETED", error: void 0, services: services2 };
              marker = page.Marker;
            }
          })
        );
        answerProbe?.(polled.ok && polled.value.status === "COMPLETED");
        answerProbe = void 0;
        if (!polled.ok) return addGap(usage.gaps, polled.gap);
        const { status, error, services } = polled.value;
        if (status === "IN_PROGRESS") continue;
        if (status !== "COMPLETED")
          return addGap(usage.gaps, {
            operation: "iam:GetServiceLastAccessedDetails",
            region: "global",
            account: session.account,
            reason: `Access Advisor job ${status}${error ? `: ${error}` : ""} (${detail})`
          });
        usage.servicesStatus = "known";
        usage.services = services.map((s2) => toServiceAccess(s2, tracked));
        return;
      }
    } finally {
      answerProbe?.(false);
    }
  }
};
function toServiceAccess(s2, tracked) {
  const namespace = s2.ServiceNamespace ?? "?";
  const out = { namespace, lastAccessed: iso(s2.LastAuthenticated) };
  if (s2.LastAuthenticatedRegion) out.region = s2.LastAuthenticatedRegion;
  if (tracked.includes(namespace.toLowerCase()) && s2.TrackedActionsLastAccessed)
    out.actions = s2.TrackedActionsLastAccessed.map((a3) => {
      const action = {
        action: `${namespace}:${a3.ActionName ?? "?"}`,
        lastAccessed: iso(a3.LastAccessedTime)
      };
      if (a3.LastAccessedRegion) action.region = a3.LastAccessedRegion;
      return action;
    });
  return out;
}

// src/inventory/live/from-trust.ts
function chainedPrincipals(work) {
  const out = [];
  for (const principal of new Set(work.trust.awsPrincipals)) {
    const arn = parseArn(principal);
    if (!arn) continue;
    let kind = null;
    let id = principal;
    if (arn.service === "iam" && arn.resource.startsWith("role/")) kind = "iam-role";
    else if (arn.service === "iam" && arn.resource.startsWith("user/")) kind = "iam-user";
    else if (arn.service === "sts" && arn.resource.startsWith("assumed-role/")) {
      kind = "iam-role";
      id = `arn:${arn.partition}:iam::${arn.account}:role/${arn.resource.split("/")[1] ?? ""}`;
    }
    if (!kind) continue;
    out.push({
      kind,
      id,
      name: id.split("/").pop() ?? id,
      region: "global",
      account: arn.account,
      via: `trust policy Principal AWS ${principal}`,
      origin: "live"
    });
  }
  return out;
}
function irsaServiceAccounts(work, clusters, clustersKnown) {
  const out = [];
  for (const entry of work.trust.irsa) {
    const cluster = clusters.find((c3) => c3.issuer?.toLowerCase() === entry.issuer.toLowerCase());
    const region = /^oidc\.eks\.([a-z0-9-]+)\./.exec(entry.issuer)?.[1] ?? "unknown";
    const where = cluster ? `OIDC issuer of cluster ${cluster.name}` : clustersKnown ? `OIDC issuer ${entry.issuer}: no scanned cluster has it (deleted, or in a region not scanned)` : `OIDC issuer ${entry.issuer}: cluster list incomplete`;
    const subjects = entry.subjects.length > 0 ? entry.subjects : ["system:serviceaccount:*:*"];
    for (const subject of subjects) {
      const sa = serviceAccountOf(subject);
      const [ns, name] = sa ?? ["?", subject];
      const prefix = cluster ? cluster.name : entry.issuer;
      out.push({
        kind: "irsa-service-account",
        id: `${prefix}/${ns}/${name}`,
        name: `${ns}/${name}`,
        region: cluster?.region ?? region,
        via: entry.subjects.length > 0 ? `trust policy ${entry.operator} sub ${subject} (${where})` : `trust policy admits every service account (no sub condition; ${where})`,
        origin: "live",
        ...cluster ? { account: cluster.arn.split(":")[4] ?? "" } : {}
      });
    }
  }
  return out;
}

// src/inventory/live/needs.ts
function kindsNeeded(work) {
  if (work.facts.existence === "absent") return /* @__PURE__ */ new Set();
  if (work.facts.existence === "unknown") return new Set(ALL_KINDS);
  return kindsForTrust(work.trust, (work.facts.instanceProfiles ?? []).length > 0);
}
function kindsForTrust(t2, hasInstanceProfiles) {
  const kinds = /* @__PURE__ */ new Set(["eks-access-entry", "iam-role", "iam-user"]);
  if (admitsService(t2, "lambda", "edgelambda")) kinds.add("lambda-function");
  if (admitsService(t2, "eks")) kinds.add("eks-cluster");
  if (admitsService(t2, "ec2")) kinds.add("eks-nodegroup");
  if (admitsService(t2, "eks-fargate-pods")) kinds.add("eks-fargate-profile");
  if (admitsService(t2, "pods.eks")) kinds.add("eks-pod-identity");
  if (admitsService(t2, "pods.eks") || t2.federated.length > 0) kinds.add("eks-addon");
  if (t2.irsa.length > 0) kinds.add("irsa-service-account");
  if (hasInstanceProfiles) kinds.add("ec2-instance");
  if (admitsService(t2, "ecs-tasks")) {
    kinds.add("ecs-task-definition");
    kinds.add("ecs-service");
  }
  if (admitsService(t2, "states")) kinds.add("sfn-state-machine");
  if (admitsService(t2, "codebuild")) kinds.add("codebuild-project");
  if (admitsService(t2, "cloudformation")) kinds.add("cloudformation-stack");
  return kinds;
}
function kindsHinted(trustDocument) {
  const t2 = readTrust(trustDocument);
  if (!t2.parsed || t2.open) return /* @__PURE__ */ new Set();
  return kindsForTrust(t2, admitsService(t2, "ec2"));
}
var Demand = class {
  needed = /* @__PURE__ */ new Set();
  waiting = [];
  closed = false;
  settle;
  /** Resolves once every role's needs are in (the account's identity stage is over). */
  settled = new Promise((resolve) => this.settle = resolve);
  /** Kinds some role needs; final once `settled` has resolved. */
  get kinds() {
    return this.needed;
  }
  add(kinds) {
    for (const k3 of kinds) this.needed.add(k3);
    for (let i3 = this.waiting.length - 1; i3 >= 0; i3--) {
      const w2 = this.waiting[i3];
      if (w2.kinds.some((k3) => this.needed.has(k3))) {
        this.waiting.splice(i3, 1);
        w2.resolve(true);
      }
    }
  }
  /** Every role's needs were added: what is not needed now never will be. */
  close() {
    if (this.closed) return;
    this.closed = true;
    for (const w2 of this.waiting.splice(0)) w2.resolve(false);
    this.settle();
  }
  /** True as soon as a role needs one of `kinds`; false when the roles are all known and none does. */
  whenAny(kinds) {
    if (kinds.some((k3) => this.needed.has(k3))) return Promise.resolve(true);
    if (this.closed) return Promise.resolve(false);
    return new Promise((resolve) => this.waiting.push({ kinds, resolve }));
  }
};

// src/inventory/live/policies.ts
function policyArnCandidates(policy, partition, account) {
  if (policy.startsWith("arn:")) return [policy];
  return [`arn:${partition}:iam::${account}:policy/${policy}`, `arn:${partition}:iam::aws:policy/${policy}`];
}
function nameOf(policy) {
  return policy.split("/").pop() ?? policy;
}
async function lookupPolicyDirect(session, policy) {
  const iam = session.client("iam", "global", IAMClient);
  const limit = session.limit("iam", "global");
  const facts = { arn: policy, name: nameOf(policy), attachedRoles: [], status: "unknown", gaps: [] };
  const candidates = policyArnCandidates(policy, session.partition, session.account);
  for (const arn of candidates) {
    if (candidates.length > 1) {
      const exists = await limit(
        () => session.attempt({ operation: "iam:GetPolicy", region: "global", detail: `policy ${policy}` }, async (abortSignal) => {
          try {
            await iam.send(new GetPolicyCommand({ PolicyArn: arn }), { abortSignal });
            return true;
          } catch (e3) {
            if (isNoSuchEntity(e3)) return false;
            throw e3;
          }
        })
      );
      if (!exists.ok) {
        facts.gaps.push(exists.gap);
        return facts;
      }
      if (!exists.value) continue;
    }
    facts.arn = arn;
    const listed = await limit(
      () => session.attempt({ operation: "iam:ListEntitiesForPolicy", region: "global", detail: `policy ${nameOf(arn)}` }, async (abortSignal) => {
        const names = [];
        for await (const page of paginateListEntitiesForPolicy({ client: iam }, { PolicyArn: arn, EntityFilter: "Role" }, { abortSignal }))
          for (const r3 of page.PolicyRoles ?? []) if (r3.RoleName) names.push(r3.RoleName);
        return names;
      })
    );
    if (!listed.ok) {
      if (/NoSuchEntity/.test(listed.gap.reason)) {
        facts.status = "known";
        return facts;
      }
      facts.gaps.push(listed.gap);
      return facts;
    }
    facts.attachedRoles = listed.value.sort();
    facts.status = "known";
    return facts;
  }
  facts.status = "known";
  return facts;
}
function policyFromBulk(bulk, policy, partition, account) {
  const candidates = policyArnCandidates(policy, partition, account);
  const attached = /* @__PURE__ */ new Set();
  let arn = candidates[0] ?? policy;
  for (const role of bulk.roles.values()) {
    for (const p3 of role.AttachedManagedPolicies ?? []) {
      const match = candidates.find((c3) => c3 === p3.PolicyArn);
      if (match && role.RoleName) {
        attached.add(role.RoleName);
        arn = match;
      }
    }
  }
  return { arn, name: nameOf(policy), attachedRoles: [...attached].sort(), status: "known", gaps: [] };
}
function policyAccount(policy, homeAccount) {
  const acct = policy.startsWith("arn:") ? parseArn(policy)?.account : void 0;
  return acct && acct !== "aws" ? acct : homeAccount;
}

// src/inventory/live/progress.ts
var QUIET_MS = 2e3;
var TICK_MS = 250;
function createProgress(onLine, clock) {
  if (!onLine) return { start: () => ({ add: () => {
  }, done: () => {
  } }), stop: () => {
  } };
  const running = /* @__PURE__ */ new Set();
  const timer = setInterval(() => {
    const now = clock().getTime();
    for (const t2 of running) {
      if (now - t2.startedAt < QUIET_MS || now - t2.printedAt < QUIET_MS) continue;
      t2.printedAt = now;
      onLine(`${t2.label}: ${t2.count} ${t2.unit} so far (${Math.floor((now - t2.startedAt) / 1e3)} s)`);
    }
  }, TICK_MS);
  timer.unref();
  return {
    start(label, unit) {
      const startedAt = clock().getTime();
      const task = { label, unit, startedAt, printedAt: startedAt, count: 0 };
      running.add(task);
      return {
        add: (n3) => {
          task.count += n3;
        },
        done: () => {
          running.delete(task);
        }
      };
    },
    stop: () => clearInterval(timer)
  };
}

// src/inventory/live/collect.ts
var SCANS = [
  { service: "lambda", kinds: ["lambda-function"], load: async () => (await import("./lambda-UX4A5PJH.js")).scanLambda, early: true },
  {
    service: "eks",
    kinds: ["eks-cluster", "eks-nodegroup", "eks-fargate-profile", "eks-pod-identity", "eks-addon", "eks-access-entry", "irsa-service-account"],
    load: async () => (await import("./eks-N6GXYMJB.js")).scanEks,
    early: true
  },
  { service: "ec2", kinds: ["ec2-instance"], load: async () => (await import("./ec2-NMBTKP7T.js")).scanEc2 },
  { service: "ecs", kinds: ["ecs-task-definition", "ecs-service"], load: async () => (await import("./ecs-CKX3ECTS.js")).scanEcs },
  { service: "states", kinds: ["sfn-state-machine"], load: async () => (await import("./sfn-VDXBPWH3.js")).scanSfn },
  { service: "codebuild", kinds: ["codebuild-project"], load: async () => (await import("./codebuild-OURLA5SQ.js")).scanCodeBuild },
  { service: "cloudformation", kinds: ["cloudformation-stack"], load: async () => (await import("./cloudformation-FVMP2KN2.js")).scanCloudFormation }
];
var REGIONAL_KINDS = ALL_KINDS.filter((k3) => k3 !== "iam-role" && k3 !== "iam-user");
function createRun(options) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  timer.unref();
  const progress = createProgress(options.onProgress, clock);
  const run = {
    options,
    clock,
    sleep,
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    timeoutMs: options.timeoutMs,
    deadlineAt: clock().getTime() + options.timeoutMs,
    signal: controller.signal,
    counts: {},
    progress,
    debug: options.debug ?? (() => {
    }),
    ...createSendWatch()
  };
  return {
    run,
    controller,
    stop: () => {
      clearTimeout(timer);
      progress.stop();
    }
  };
}
async function collectLive(options, request) {
  const { run, stop } = createRun(options);
  const snapshot = {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    collectedAt: run.clock().toISOString(),
    source: "live",
    accounts: [],
    regions: [],
    roles: [],
    managedPolicies: [],
    gaps: [],
    apiCalls: run.counts
  };
  if (request.roles.length === 0 && request.managedPolicies.length === 0) {
    stop();
    return snapshot;
  }
  const sessions = [];
  const stage = async (name, fn) => {
    const t2 = Date.now();
    try {
      return await fn();
    } finally {
      run.debug(`stage ${name} ${Date.now() - t2}ms`);
    }
  };
  try {
    await stage("total", () => collectInto(run, request, snapshot, sessions, stage));
  } catch (e3) {
    const gap = { operation: "live-inventory", reason: `live inventory stopped early: ${e3 instanceof Error ? e3.message.split("\n")[0] ?? e3.name : String(e3)}` };
    snapshot.gaps.push(gap);
    const have = new Set(snapshot.roles.map((r3) => r3.name));
    for (const r3 of request.roles) {
      if (have.has(r3.name)) continue;
      const w2 = newRoleWork(r3.name, parseArn(r3.arn ?? "")?.account ?? "", r3.name, r3.arn);
      failRole(w2, gap);
      snapshot.roles.push(w2.facts);
    }
  } finally {
    stop();
    for (const s2 of sessions) s2.destroy();
  }
  snapshot.apiCalls = Object.fromEntries(Object.entries(run.counts).sort(([a3], [b3]) => a3.localeCompare(b3)));
  return snapshot;
}
async function collectInto(run, request, snapshot, sessions, stage) {
  const options = run.options;
  const firstRegion = Array.isArray(options.regions) && options.regions[0] ? options.regions[0] : defaultRegion();
  const startedAt = Date.now();
  const probe = new AccountSession(run, "", "aws", true);
  sessions.push(probe);
  const asked = probe.attempt(
    { operation: "sts:GetCallerIdentity", region: firstRegion },
    async (abortSignal) => probe.client("sts", firstRegion, STSClient).send(new GetCallerIdentityCommand({}), { abortSignal })
  );
  const hintedKinds = request.roles.map((r3) => kindsHinted(r3.trust));
  const hinted = new Set(hintedKinds.flatMap((kinds) => [...kinds]));
  run.afterNextSend(() => {
    const wanted = SCANS.filter((def) => def.early || def.kinds.some((k3) => hinted.has(k3)));
    void wanted.reduce((loaded, def) => loaded.then(() => def.load()).catch(() => void 0), Promise.resolve());
  });
  const planAccounts = new Set(request.roles.map((r3) => r3.arn && parseArn(r3.arn)?.account || ""));
  planAccounts.delete("");
  let early = request.roles.length > BULK_ROLE_THRESHOLD && planAccounts.size <= 1 ? startEarlyBulk(probe) : void 0;
  const who = await asked;
  const roles = /* @__PURE__ */ new Map();
  const addRole = (account, name, arn) => {
    const key = roleKey(account, name);
    if (!roles.has(key)) roles.set(key, newRoleWork(key, account, name, arn));
    return roles.get(key);
  };
  if (!who.ok || !who.value.Account) {
    const gap = who.ok ? { operation: "sts:GetCallerIdentity", region: firstRegion, reason: "sts:GetCallerIdentity returned no account" } : who.gap;
    snapshot.gaps.push(gap);
    for (const r3 of request.roles) failRole(addRole(parseArn(r3.arn ?? "")?.account ?? "", r3.name, r3.arn), gap);
    snapshot.roles = [...roles.values()].map((w2) => w2.facts);
    snapshot.managedPolicies = request.managedPolicies.map((p3) => ({ arn: p3, name: p3.split("/").pop() ?? p3, attachedRoles: [], status: "unknown", gaps: [gap] }));
    return;
  }
  const homeAccount = who.value.Account;
  const partition = parseArn(who.value.Arn ?? "")?.partition || "aws";
  const home = new AccountSession(run, homeAccount, partition, true);
  sessions.push(home);
  const regionGaps = [];
  const regionsKnown = options.regions === "all" ? stage("regions", async () => {
    const listed = await (await import("./regions-MHVBQCZ4.js")).enabledRegions(home, firstRegion, REGIONAL_KINDS);
    if (listed.ok) return listed.value;
    const gap = { ...listed.gap, reason: `${listed.gap.reason}: only ${firstRegion} was scanned` };
    regionGaps.push(gap);
    snapshot.gaps.push(gap);
    return [firstRegion];
  }) : Promise.resolve(options.regions && options.regions.length > 0 ? [...new Set(options.regions)] : [firstRegion]);
  regionsKnown.catch(() => void 0);
  const hintsByRole = /* @__PURE__ */ new Map();
  request.roles.forEach((r3, i3) => {
    const account = r3.arn && parseArn(r3.arn)?.account || homeAccount;
    const w2 = addRole(account, r3.name, r3.arn);
    const kinds = hintedKinds[i3];
    if (kinds && kinds.size > 0) hintsByRole.set(w2.key, kinds);
  });
  const accountsNeeded = /* @__PURE__ */ new Set([homeAccount, ...[...roles.values()].map((r3) => r3.account), ...request.managedPolicies.map((p3) => policyAccount(p3, homeAccount))]);
  snapshot.accounts = [...accountsNeeded].sort();
  const policyFacts = /* @__PURE__ */ new Map();
  const removed = new Map(Object.entries(request.removedServices).map(([k3, v2]) => [k3.toLowerCase(), v2]));
  const gates = /* @__PURE__ */ new Map();
  const gateOf = (account) => (region) => {
    const key = `${account}/${region}`;
    if (!gates.has(key)) gates.set(key, createRateGate(LOOKUP_INTERVAL_MS, run.clock, run.sleep));
    return gates.get(key);
  };
  const accountRolesOf = (account) => [...roles.values()].filter((w2) => w2.account === account);
  const results = [];
  const lookupAccount = async (account, identityDone) => {
    const session = account === homeAccount ? home : await openForeignAccount(run, home, account, firstRegion, sessions);
    const policies = request.managedPolicies.filter((p3) => policyAccount(p3, homeAccount) === account);
    if (!(session instanceof AccountSession)) {
      for (const p3 of policies) policyFacts.set(p3, { arn: p3, name: p3.split("/").pop() ?? p3, attachedRoles: [], status: "unknown", gaps: [session] });
      for (const w2 of accountRolesOf(account)) failRole(w2, session);
      identityDone();
      return;
    }
    const demand = new Demand();
    for (const w2 of accountRolesOf(account)) demand.add(hintsByRole.get(w2.key) ?? []);
    const advisor = new AccessAdvisor(session);
    const usage = [];
    const usageStarted = /* @__PURE__ */ new Set();
    const onRole = (w2) => {
      demand.add(kindsNeeded(w2));
      if (w2.facts.existence !== "found" || usageStarted.has(w2.key)) return;
      usageStarted.add(w2.key);
      const lookups = [advisor.lookup(w2, removed.get(w2.name.toLowerCase()) ?? [])];
      if (options.cloudtrail)
        lookups.push(Promise.all([import("./cloudtrail-33MCZHEL.js"), regionsKnown]).then(([m3, regions]) => m3.cloudTrailAssumers(session, w2, regions, gateOf(account))));
      const p3 = Promise.all(lookups).then(() => void 0);
      p3.catch(() => void 0);
      usage.push(p3);
    };
    const scanned = scanAccount(session, () => accountRolesOf(account), regionsKnown, demand, startedAt);
    scanned.catch(() => void 0);
    try {
      await identify(session, account, policies, onRole);
    } finally {
      demand.close();
      identityDone();
    }
    results.push({ session, scanned: await scanned });
    await Promise.all(usage);
  };
  const identify = async (session, account, policies, onRole) => {
    const accountRoles = () => accountRolesOf(account);
    let bulk;
    const applied = /* @__PURE__ */ new Set();
    const fetchBulk = async () => {
      const onPage = (page) => {
        for (const w2 of accountRoles()) {
          const detail = applied.has(w2.key) ? void 0 : page.get(w2.key);
          if (!detail) continue;
          applyBulkRole(w2, detail);
          applied.add(w2.key);
          onRole(w2);
        }
      };
      const started = account === homeAccount ? early : void 0;
      early = void 0;
      const b3 = started ? await started.follow(account, onPage) : await fetchBulkDetails(session, onPage);
      bulk = b3.ok ? b3.value : b3.gap;
      if (!b3.ok) snapshot.gaps.push({ ...b3.gap, reason: `${b3.gap.reason}: fell back to per-role calls` });
    };
    if (accountRoles().length > BULK_ROLE_THRESHOLD) await fetchBulk();
    await Promise.all(
      policies.map(async (p3) => {
        const facts = bulk && "roles" in bulk ? policyFromBulk(bulk, p3, partition, account) : await lookupPolicyDirect(session, p3);
        policyFacts.set(p3, facts);
        for (const name of facts.attachedRoles) addRole(account, name);
      })
    );
    if (!bulk && accountRoles().length > BULK_ROLE_THRESHOLD) await fetchBulk();
    const rest = accountRoles().filter((w2) => !applied.has(w2.key));
    if (bulk && "roles" in bulk) applyBulkDetails(bulk, rest, onRole);
    else await lookupRolesDirect(session, rest, snapshot.gaps, onRole);
  };
  await stage("lookups", async () => {
    const identityStart = Date.now();
    let pending = accountsNeeded.size;
    const identityDone = () => {
      if (--pending === 0) run.debug(`stage identity ${Date.now() - identityStart}ms`);
    };
    await Promise.all([...accountsNeeded].map((account) => lookupAccount(account, identityDone)));
  });
  snapshot.regions = await regionsKnown;
  snapshot.managedPolicies = request.managedPolicies.map((p3) => policyFacts.get(p3));
  for (const w2 of roles.values()) if (w2.facts.existence !== "absent") for (const g3 of regionGaps) addGap(w2.facts.dependentGaps, g3);
  for (const { session, scanned } of results) for (const w2 of accountRolesOf(session.account)) shareOut(w2, kindsNeeded(w2), scanned);
  snapshot.roles = [...roles.values()].map((w2) => {
    w2.facts.dependents.sort((a3, b3) => a3.kind.localeCompare(b3.kind) || a3.region.localeCompare(b3.region) || a3.id.localeCompare(b3.id));
    return w2.facts;
  });
}
function failRole(w2, gap) {
  w2.facts.existence = "unknown";
  addGap(w2.facts.usage.gaps, gap);
  addGap(w2.facts.dependentGaps, { ...gap, kinds: [...ALL_KINDS] });
}
async function openForeignAccount(run, home, account, region, sessions) {
  const template = run.options.assumeRoleArnTemplate;
  if (!template)
    return {
      operation: "sts:AssumeRole",
      account,
      reason: `account ${account} is not the caller's (${home.account}): set --assume-role-arn-template to read it`
    };
  const roleArn = fillTemplate(template, home.partition, account);
  const sts = home.client("sts", region, STSClient);
  const assumed = await home.attempt(
    { operation: "sts:AssumeRole", region, detail: roleArn },
    async (abortSignal) => (await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "iam-blast-radius", DurationSeconds: 3600 }), { abortSignal })).Credentials
  );
  if (!assumed.ok) return { ...assumed.gap, account };
  const c3 = assumed.value;
  if (!c3?.AccessKeyId || !c3.SecretAccessKey) return { operation: "sts:AssumeRole", account, reason: `sts:AssumeRole of ${roleArn} returned no credentials` };
  const credentials = async () => ({
    accessKeyId: c3.AccessKeyId,
    secretAccessKey: c3.SecretAccessKey,
    ...c3.SessionToken ? { sessionToken: c3.SessionToken } : {},
    ...c3.Expiration ? { expiration: c3.Expiration } : {}
  });
  const session = new AccountSession(run, account, home.partition, false, credentials);
  sessions.push(session);
  return session;
}
async function scanAccount(session, roles, regionsKnown, demand, startedAt) {
  const result = { outputs: [], clusters: [], clustersKnown: true };
  const settled = demand.settled.then(() => ({ kinds: demand.kinds, roles: roles().filter((w2) => w2.facts.existence !== "absent") }));
  await Promise.all(
    SCANS.map(async (def) => {
      if (!await demand.whenAny(def.kinds)) return;
      const [scan, regions] = await Promise.all([def.load(), regionsKnown]);
      await Promise.all(
        regions.map(async (region) => {
          const t2 = Date.now();
          const out = await scan({ session, region, settled });
          session.run.debug(`scan ${def.service} ${region} ${session.account} started +${t2 - startedAt}ms, took ${Date.now() - t2}ms`);
          result.outputs.push(out);
          if (def.service === "eks") {
            result.clusters.push(...out.clusters);
            result.clustersKnown &&= out.clustersKnown;
          }
        })
      );
    })
  );
  return result;
}
function shareOut(w2, need, scanned) {
  if (need.size === 0) return;
  for (const out of scanned.outputs) {
    for (const d3 of out.found.get(w2.key) ?? []) if (need.has(d3.kind)) w2.facts.dependents.push(d3);
    for (const gap of out.gaps) {
      const kinds = (gap.kinds ?? []).filter((k3) => need.has(k3));
      if (kinds.length > 0) addGap(w2.facts.dependentGaps, { ...gap, kinds });
    }
  }
  w2.facts.dependents.push(...chainedPrincipals(w2));
  if (need.has("irsa-service-account")) w2.facts.dependents.push(...irsaServiceAccounts(w2, scanned.clusters, scanned.clustersKnown));
}

export {
  errorName,
  BULK_ROLE_THRESHOLD,
  defaultRegion,
  AccountSession,
  createRun,
  collectLive
};
