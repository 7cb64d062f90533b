import { createRequire as __ibrCreateRequire } from 'node:module';
const require = __ibrCreateRequire(import.meta.url);
import {
  require_dist_cjs as require_dist_cjs5
} from "./chunk-RZ7FCESZ.js";
import {
  ALL_KINDS,
  IDENTITY_KINDS,
  addGap,
  admitsService,
  decodePolicy,
  newRoleWork,
  readTrust,
  serviceAccountOf
} from "./chunk-Q2TCYYWS.js";
import {
  INVENTORY_SCHEMA_VERSION
} from "./chunk-2PBRTQKV.js";
import {
  createLimiter,
  createRateGate,
  mapLimited
} from "./chunk-UM5G35FH.js";
import {
  require_dist_cjs as require_dist_cjs4
} from "./chunk-5MS7UZFA.js";
import {
  fillTemplate,
  iamRegion,
  parseArn,
  roleKey
} from "./chunk-FT3JAV56.js";
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
  require_dist_cjs2 as require_dist_cjs,
  require_dist_cjs3 as require_dist_cjs2,
  require_dist_cjs4 as require_dist_cjs3,
  retry_exports
} from "./chunk-FQLLKTQV.js";
import "./chunk-P2GZQA55.js";
import "./chunk-BDJBW7XC.js";
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
} from "./chunk-3MQXZNN7.js";
import {
  __commonJS,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-UUTPRXCH.js";

// ../../work/main/node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var require_dist_cjs6 = __commonJS({
  "../../work/main/node_modules/@aws-sdk/client-sts/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin, setCredentialFeature, stsRegionDefaultResolver } = (init_client2(), __toCommonJS(client_exports2));
    var { NoAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveParams, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, resolveAwsSdkSigV4AConfig, AwsSdkSigV4Signer, AwsSdkSigV4ASigner, NODE_SIGV4A_CONFIG_OPTIONS, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { SignatureV4MultiRegion } = require_dist_cjs2();
    var { defaultProvider } = require_dist_cjs3();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsQueryProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var q = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "stringEquals";
    var g = "getAttr";
    var h = "us-east-1";
    var i = "sigv4";
    var j = "sts";
    var k = "https://sts.{Region}.{PartitionResult#dnsSuffix}";
    var l = { [q]: "Endpoint" };
    var m = { [q]: "Region" };
    var n = { [q]: d };
    var o = {};
    var p = [m];
    var _data = {
      conditions: [
        [c, [l]],
        [c, p],
        ["aws.partition", p, d],
        [e, [{ [q]: "UseFIPS" }, b]],
        [e, [{ [q]: "UseDualStack" }, b]],
        [f, [m, "aws-global"]],
        [e, [{ [q]: "UseGlobalEndpoint" }, b]],
        [f, [m, "eu-central-1"]],
        [e, [{ fn: g, argv: [n, "supportsDualStack"] }, b]],
        [e, [{ fn: g, argv: [n, "supportsFIPS"] }, b]],
        [f, [m, "ap-south-1"]],
        [f, [m, "eu-north-1"]],
        [f, [m, "eu-west-1"]],
        [f, [m, "eu-west-2"]],
        [f, [m, "eu-west-3"]],
        [f, [m, "sa-east-1"]],
        [f, [m, h]],
        [f, [m, "us-east-2"]],
        [f, [m, "us-west-2"]],
        [f, [m, "us-west-1"]],
        [f, [m, "ca-central-1"]],
        [f, [m, "ap-southeast-1"]],
        [f, [m, "ap-northeast-1"]],
        [f, [m, "ap-southeast-2"]],
        [f, [{ fn: g, argv: [n, "name"] }, "aws-us-gov"]]
      ],
      results: [
        [a],
        ["https://sts.amazonaws.com", { authSchemes: [{ name: i, signingName: j, signingRegion: h }] }],
        [k, { authSchemes: [{ name: i, signingName: j, signingRegion: "{Region}" }] }],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [l, o],
        ["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://sts.{Region}.amazonaws.com", o],
        ["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}", o],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}", o],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        [k, o],
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
      30,
      3,
      1,
      4,
      r + 14,
      2,
      5,
      r + 14,
      3,
      25,
      6,
      4,
      24,
      7,
      5,
      r + 1,
      8,
      6,
      9,
      r + 13,
      7,
      r + 1,
      10,
      10,
      r + 1,
      11,
      11,
      r + 1,
      12,
      12,
      r + 1,
      13,
      13,
      r + 1,
      14,
      14,
      r + 1,
      15,
      15,
      r + 1,
      16,
      16,
      r + 1,
      17,
      17,
      r + 1,
      18,
      18,
      r + 1,
      19,
      19,
      r + 1,
      20,
      20,
      r + 1,
      21,
      21,
      r + 1,
      22,
      22,
      r + 1,
      23,
      23,
      r + 1,
      r + 2,
      8,
      r + 11,
      r + 12,
      4,
      28,
      26,
      9,
      27,
      r + 10,
      24,
      r + 8,
      r + 9,
      8,
      29,
      r + 7,
      9,
      r + 6,
      r + 7,
      3,
      r + 3,
      31,
      4,
      r + 4,
      r + 5
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS", "UseGlobalEndpoint"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
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
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
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
    var createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver2, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
      const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
        const endpoint = defaultEndpointResolver2(authParameters);
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
            const sigv4Present = authSchemes.find((s) => {
              const name2 = s.name.toLowerCase();
              return name2 !== "sigv4a" && name2.startsWith("sigv4");
            });
            if (SignatureV4MultiRegion.sigv4aDependency() === "none" && sigv4Present) {
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
          options.push(createSmithyApiNoAuthHttpAuthOption());
          options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
          break;
        }
        case "AssumeRoleWithWebIdentity": {
          options.push(createSmithyApiNoAuthHttpAuthOption());
          options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
          break;
        }
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
          options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var defaultSTSHttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver, _defaultSTSHttpAuthSchemeProvider, {
      "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
      "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
      "smithy.api#noAuth": createSmithyApiNoAuthHttpAuthOption
    });
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      const config_1 = resolveAwsSdkSigV4AConfig(config_0);
      return Object.assign(config_1, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        useGlobalEndpoint: options.useGlobalEndpoint ?? false,
        defaultSigningName: "sts"
      });
    };
    var commonParams = {
      UseGlobalEndpoint: { type: "builtInParams", name: "useGlobalEndpoint" },
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1176.0";
    var packageInfo = {
      version
    };
    var STSServiceException = class _STSServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _STSServiceException.prototype);
      }
    };
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
    var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends STSServiceException {
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
    var _A = "Arn";
    var _AKI = "AccessKeyId";
    var _AP = "AssumedPrincipal";
    var _AR = "AssumeRole";
    var _ARI = "AssumedRoleId";
    var _ARR = "AssumeRoleRequest";
    var _ARRs = "AssumeRoleResponse";
    var _ARRss = "AssumeRootRequest";
    var _ARRssu = "AssumeRootResponse";
    var _ARU = "AssumedRoleUser";
    var _ARWSAML = "AssumeRoleWithSAML";
    var _ARWSAMLR = "AssumeRoleWithSAMLRequest";
    var _ARWSAMLRs = "AssumeRoleWithSAMLResponse";
    var _ARWWI = "AssumeRoleWithWebIdentity";
    var _ARWWIR = "AssumeRoleWithWebIdentityRequest";
    var _ARWWIRs = "AssumeRoleWithWebIdentityResponse";
    var _ARs = "AssumeRoot";
    var _Ac = "Account";
    var _Au = "Audience";
    var _C = "Credentials";
    var _CA = "ContextAssertion";
    var _DAM = "DecodeAuthorizationMessage";
    var _DAMR = "DecodeAuthorizationMessageRequest";
    var _DAMRe = "DecodeAuthorizationMessageResponse";
    var _DM = "DecodedMessage";
    var _DS = "DurationSeconds";
    var _E = "Expiration";
    var _EI = "ExternalId";
    var _EM = "EncodedMessage";
    var _ETE = "ExpiredTokenException";
    var _ETITE = "ExpiredTradeInTokenException";
    var _FPA = "FederatedProviderArn";
    var _FU = "FederatedUser";
    var _FUI = "FederatedUserId";
    var _GAKI = "GetAccessKeyInfo";
    var _GAKIR = "GetAccessKeyInfoRequest";
    var _GAKIRe = "GetAccessKeyInfoResponse";
    var _GCI = "GetCallerIdentity";
    var _GCIR = "GetCallerIdentityRequest";
    var _GCIRe = "GetCallerIdentityResponse";
    var _GDAT = "GetDelegatedAccessToken";
    var _GDATR = "GetDelegatedAccessTokenRequest";
    var _GDATRe = "GetDelegatedAccessTokenResponse";
    var _GFT = "GetFederationToken";
    var _GFTR = "GetFederationTokenRequest";
    var _GFTRe = "GetFederationTokenResponse";
    var _GSC = "GetScopedCredentials";
    var _GSCR = "GetScopedCredentialsRequest";
    var _GSCRe = "GetScopedCredentialsResponse";
    var _GST = "GetSessionToken";
    var _GSTR = "GetSessionTokenRequest";
    var _GSTRe = "GetSessionTokenResponse";
    var _GWIT = "GetWebIdentityToken";
    var _GWITR = "GetWebIdentityTokenRequest";
    var _GWITRe = "GetWebIdentityTokenResponse";
    var _I = "Issuer";
    var _IAME = "InvalidAuthorizationMessageException";
    var _ICAE = "InvalidContextAssertionException";
    var _IDPCEE = "IDPCommunicationErrorException";
    var _IDPRCE = "IDPRejectedClaimException";
    var _IITE = "InvalidIdentityTokenException";
    var _IP = "IdentityProvider";
    var _ISCE = "InvalidSubjectCredentialsException";
    var _ISLE = "InsufficientSessionLifetimeException";
    var _JWTPSEE = "JWTPayloadSizeExceededException";
    var _K = "Key";
    var _MPDE = "MalformedPolicyDocumentException";
    var _MSTS = "MinimumSessionTokenSize";
    var _N = "Name";
    var _NQ = "NameQualifier";
    var _OI = "OriginIdentity";
    var _OWIFDE = "OutboundWebIdentityFederationDisabledException";
    var _P = "Policy";
    var _PA = "PolicyArns";
    var _PAr = "PrincipalArn";
    var _PAro = "ProviderArn";
    var _PC = "ProvidedContexts";
    var _PCLT = "ProvidedContextsListType";
    var _PCr = "ProvidedContext";
    var _PDT = "PolicyDescriptorType";
    var _PI = "ProviderId";
    var _PPS = "PackedPolicySize";
    var _PPTLE = "PackedPolicyTooLargeException";
    var _Pr = "Provider";
    var _RA = "RoleArn";
    var _RDE = "RegionDisabledException";
    var _RSN = "RoleSessionName";
    var _S = "Subject";
    var _SA = "SigningAlgorithm";
    var _SAK = "SecretAccessKey";
    var _SAMLA = "SAMLAssertion";
    var _SAMLAT = "SAMLAssertionType";
    var _SDEE = "SessionDurationEscalationException";
    var _SFWIT = "SubjectFromWebIdentityToken";
    var _SI = "SourceIdentity";
    var _SIe = "SessionInfo";
    var _SM = "SubjectMode";
    var _SN = "SerialNumber";
    var _SPC = "ScopedPoliciesCount";
    var _SS = "ScopedSession";
    var _SSD = "ScopedSessionDescription";
    var _SSI = "ScopedSessionId";
    var _ST = "SubjectType";
    var _STS = "SessionTokenSize";
    var _STU = "SessionTokenUtilization";
    var _STe = "SessionToken";
    var _Sc = "Scope";
    var _T = "Tags";
    var _TC = "TokenCode";
    var _TCr = "TransactionContext";
    var _TIPC = "TrustedIdentityPropagationContext";
    var _TIT = "TradeInToken";
    var _TP = "TargetPrincipal";
    var _TPA = "TaskPolicyArn";
    var _TTK = "TransitiveTagKeys";
    var _Ta = "Tag";
    var _UI = "UserId";
    var _V = "Value";
    var _WIT = "WebIdentityToken";
    var _a = "arn";
    var _aKST = "accessKeySecretType";
    var _aQE = "awsQueryError";
    var _c = "client";
    var _cTT = "clientTokenType";
    var _e = "error";
    var _hE = "httpError";
    var _m = "message";
    var _oIIT = "originIdentityIssuerType";
    var _oIST = "originIdentitySubjectType";
    var _oISTT = "originIdentitySubjectTypeType";
    var _pDLT = "policyDescriptorListType";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.sts";
    var _tCIPMT = "transactionContextIdentityProviderMapType";
    var _tCVT = "transactionContextValueType";
    var _tITT = "tradeInTokenType";
    var _tLT = "tagListType";
    var _wITT = "webIdentityTokenType";
    var n0 = "com.amazonaws.sts";
    var _s_registry = new TypeRegistry(_s);
    var STSServiceException$ = [-3, _s, "STSServiceException", 0, [], []];
    _s_registry.registerError(STSServiceException$, STSServiceException);
    var n0_registry = new TypeRegistry(n0);
    var ExpiredTokenException$ = [
      -3,
      n0,
      _ETE,
      { [_aQE]: [`ExpiredTokenException`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ExpiredTokenException$, ExpiredTokenException);
    var ExpiredTradeInTokenException$ = [
      -3,
      n0,
      _ETITE,
      { [_aQE]: [`ExpiredTradeInTokenException`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ExpiredTradeInTokenException$, ExpiredTradeInTokenException);
    var IDPCommunicationErrorException$ = [
      -3,
      n0,
      _IDPCEE,
      { [_aQE]: [`IDPCommunicationError`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IDPCommunicationErrorException$, IDPCommunicationErrorException);
    var IDPRejectedClaimException$ = [
      -3,
      n0,
      _IDPRCE,
      { [_aQE]: [`IDPRejectedClaim`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(IDPRejectedClaimException$, IDPRejectedClaimException);
    var InsufficientSessionLifetimeException$ = [
      -3,
      n0,
      _ISLE,
      { [_aQE]: [`InsufficientSessionLifetime`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InsufficientSessionLifetimeException$, InsufficientSessionLifetimeException);
    var InvalidAuthorizationMessageException$ = [
      -3,
      n0,
      _IAME,
      { [_aQE]: [`InvalidAuthorizationMessageException`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidAuthorizationMessageException$, InvalidAuthorizationMessageException);
    var InvalidContextAssertionException$ = [
      -3,
      n0,
      _ICAE,
      { [_aQE]: [`InvalidContextAssertion`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidContextAssertionException$, InvalidContextAssertionException);
    var InvalidIdentityTokenException$ = [
      -3,
      n0,
      _IITE,
      { [_aQE]: [`InvalidIdentityToken`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidIdentityTokenException$, InvalidIdentityTokenException);
    var InvalidSubjectCredentialsException$ = [
      -3,
      n0,
      _ISCE,
      { [_aQE]: [`InvalidSubjectCredentials`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidSubjectCredentialsException$, InvalidSubjectCredentialsException);
    var JWTPayloadSizeExceededException$ = [
      -3,
      n0,
      _JWTPSEE,
      { [_aQE]: [`JWTPayloadSizeExceededException`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(JWTPayloadSizeExceededException$, JWTPayloadSizeExceededException);
    var MalformedPolicyDocumentException$ = [
      -3,
      n0,
      _MPDE,
      { [_aQE]: [`MalformedPolicyDocument`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
    var OutboundWebIdentityFederationDisabledException$ = [
      -3,
      n0,
      _OWIFDE,
      { [_aQE]: [`OutboundWebIdentityFederationDisabledException`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(OutboundWebIdentityFederationDisabledException$, OutboundWebIdentityFederationDisabledException);
    var PackedPolicyTooLargeException$ = [
      -3,
      n0,
      _PPTLE,
      { [_aQE]: [`PackedPolicyTooLarge`, 400], [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(PackedPolicyTooLargeException$, PackedPolicyTooLargeException);
    var RegionDisabledException$ = [
      -3,
      n0,
      _RDE,
      { [_aQE]: [`RegionDisabledException`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(RegionDisabledException$, RegionDisabledException);
    var SessionDurationEscalationException$ = [
      -3,
      n0,
      _SDEE,
      { [_aQE]: [`SessionDurationEscalationException`, 403], [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SessionDurationEscalationException$, SessionDurationEscalationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var accessKeySecretType = [0, n0, _aKST, 8, 0];
    var clientTokenType = [0, n0, _cTT, 8, 0];
    var originIdentityIssuerType = [0, n0, _oIIT, 8, 0];
    var originIdentitySubjectType = [0, n0, _oIST, 8, 0];
    var originIdentitySubjectTypeType = [0, n0, _oISTT, 8, 0];
    var SAMLAssertionType = [0, n0, _SAMLAT, 8, 0];
    var tradeInTokenType = [0, n0, _tITT, 8, 0];
    var transactionContextValueType = [0, n0, _tCVT, 8, 0];
    var webIdentityTokenType = [0, n0, _wITT, 8, 0];
    var AssumedRoleUser$ = [
      3,
      n0,
      _ARU,
      0,
      [_ARI, _A],
      [0, 0],
      2
    ];
    var AssumeRoleRequest$ = [
      3,
      n0,
      _ARR,
      0,
      [_RA, _RSN, _PA, _P, _DS, _T, _TTK, _EI, _SN, _TC, _SI, _PC, _MSTS],
      [0, 0, () => policyDescriptorListType, 0, 1, () => tagListType, 64 | 0, 0, 0, 0, 0, () => ProvidedContextsListType, 1],
      2
    ];
    var AssumeRoleResponse$ = [
      3,
      n0,
      _ARRs,
      0,
      [_C, _ARU, _PPS, _SI, _STU, _STS],
      [[() => Credentials$, 0], () => AssumedRoleUser$, 1, 0, 1, 1]
    ];
    var AssumeRoleWithSAMLRequest$ = [
      3,
      n0,
      _ARWSAMLR,
      0,
      [_RA, _PAr, _SAMLA, _PA, _P, _DS, _MSTS],
      [0, 0, [() => SAMLAssertionType, 0], () => policyDescriptorListType, 0, 1, 1],
      3
    ];
    var AssumeRoleWithSAMLResponse$ = [
      3,
      n0,
      _ARWSAMLRs,
      0,
      [_C, _ARU, _PPS, _S, _ST, _I, _Au, _NQ, _SI, _STU, _STS, _TIPC],
      [[() => Credentials$, 0], () => AssumedRoleUser$, 1, 0, 0, 0, 0, 0, 0, 1, 1, [() => TrustedIdentityPropagationContext$, 0]]
    ];
    var AssumeRoleWithWebIdentityRequest$ = [
      3,
      n0,
      _ARWWIR,
      0,
      [_RA, _RSN, _WIT, _PI, _PA, _P, _DS, _MSTS],
      [0, 0, [() => clientTokenType, 0], 0, () => policyDescriptorListType, 0, 1, 1],
      3
    ];
    var AssumeRoleWithWebIdentityResponse$ = [
      3,
      n0,
      _ARWWIRs,
      0,
      [_C, _SFWIT, _ARU, _PPS, _Pr, _Au, _SI, _STU, _STS, _TIPC],
      [[() => Credentials$, 0], 0, () => AssumedRoleUser$, 1, 0, 0, 0, 1, 1, [() => TrustedIdentityPropagationContext$, 0]]
    ];
    var AssumeRootRequest$ = [
      3,
      n0,
      _ARRss,
      0,
      [_TP, _TPA, _DS, _MSTS],
      [0, () => PolicyDescriptorType$, 1, 1],
      2
    ];
    var AssumeRootResponse$ = [
      3,
      n0,
      _ARRssu,
      0,
      [_C, _SI, _STU, _STS],
      [[() => Credentials$, 0], 0, 1, 1]
    ];
    var Credentials$ = [
      3,
      n0,
      _C,
      0,
      [_AKI, _SAK, _STe, _E],
      [0, [() => accessKeySecretType, 0], 0, 4],
      4
    ];
    var DecodeAuthorizationMessageRequest$ = [
      3,
      n0,
      _DAMR,
      0,
      [_EM],
      [0],
      1
    ];
    var DecodeAuthorizationMessageResponse$ = [
      3,
      n0,
      _DAMRe,
      0,
      [_DM],
      [0]
    ];
    var FederatedUser$ = [
      3,
      n0,
      _FU,
      0,
      [_FUI, _A],
      [0, 0],
      2
    ];
    var GetAccessKeyInfoRequest$ = [
      3,
      n0,
      _GAKIR,
      0,
      [_AKI],
      [0],
      1
    ];
    var GetAccessKeyInfoResponse$ = [
      3,
      n0,
      _GAKIRe,
      0,
      [_Ac],
      [0]
    ];
    var GetCallerIdentityRequest$ = [
      3,
      n0,
      _GCIR,
      0,
      [],
      []
    ];
    var GetCallerIdentityResponse$ = [
      3,
      n0,
      _GCIRe,
      0,
      [_UI, _Ac, _A],
      [0, 0, 0]
    ];
    var GetDelegatedAccessTokenRequest$ = [
      3,
      n0,
      _GDATR,
      0,
      [_TIT],
      [[() => tradeInTokenType, 0]],
      1
    ];
    var GetDelegatedAccessTokenResponse$ = [
      3,
      n0,
      _GDATRe,
      0,
      [_C, _PPS, _AP],
      [[() => Credentials$, 0], 1, 0]
    ];
    var GetFederationTokenRequest$ = [
      3,
      n0,
      _GFTR,
      0,
      [_N, _P, _PA, _DS, _T, _MSTS],
      [0, 0, () => policyDescriptorListType, 1, () => tagListType, 1],
      1
    ];
    var GetFederationTokenResponse$ = [
      3,
      n0,
      _GFTRe,
      0,
      [_C, _FU, _PPS, _STU, _STS],
      [[() => Credentials$, 0], () => FederatedUser$, 1, 1, 1]
    ];
    var GetScopedCredentialsRequest$ = [
      3,
      n0,
      _GSCR,
      0,
      [_P, _DS, _MSTS, _SSD],
      [0, 1, 1, 0]
    ];
    var GetScopedCredentialsResponse$ = [
      3,
      n0,
      _GSCRe,
      0,
      [_C, _SIe, _STU, _STS, _SPC, _SI],
      [[() => Credentials$, 0], () => ScopedSession$, 1, 1, 1, 0]
    ];
    var GetSessionTokenRequest$ = [
      3,
      n0,
      _GSTR,
      0,
      [_DS, _SN, _TC, _MSTS],
      [1, 0, 0, 1]
    ];
    var GetSessionTokenResponse$ = [
      3,
      n0,
      _GSTRe,
      0,
      [_C, _STU, _STS],
      [[() => Credentials$, 0], 1, 1]
    ];
    var GetWebIdentityTokenRequest$ = [
      3,
      n0,
      _GWITR,
      0,
      [_Au, _SA, _DS, _Sc, _SM, _T],
      [64 | 0, 0, 1, 0, 0, () => tagListType],
      2
    ];
    var GetWebIdentityTokenResponse$ = [
      3,
      n0,
      _GWITRe,
      0,
      [_WIT, _E],
      [[() => webIdentityTokenType, 0], 4]
    ];
    var OriginIdentity$ = [
      3,
      n0,
      _OI,
      0,
      [_S, _ST, _I, _FPA],
      [[() => originIdentitySubjectType, 0], [() => originIdentitySubjectTypeType, 0], [() => originIdentityIssuerType, 0], 0]
    ];
    var PolicyDescriptorType$ = [
      3,
      n0,
      _PDT,
      0,
      [_a],
      [0]
    ];
    var ProvidedContext$ = [
      3,
      n0,
      _PCr,
      0,
      [_PAro, _CA],
      [0, 0]
    ];
    var ScopedSession$ = [
      3,
      n0,
      _SS,
      0,
      [_SSI, _A],
      [0, 0],
      2
    ];
    var Tag$ = [
      3,
      n0,
      _Ta,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    var TransactionContext$ = [
      3,
      n0,
      _TCr,
      0,
      [_IP],
      [[() => transactionContextIdentityProviderMapType, 0]]
    ];
    var TrustedIdentityPropagationContext$ = [
      3,
      n0,
      _TIPC,
      8,
      [_OI, _TCr],
      [[() => OriginIdentity$, 0], [() => TransactionContext$, 0]]
    ];
    var policyDescriptorListType = [
      1,
      n0,
      _pDLT,
      0,
      () => PolicyDescriptorType$
    ];
    var ProvidedContextsListType = [
      1,
      n0,
      _PCLT,
      0,
      () => ProvidedContext$
    ];
    var tagListType = [
      1,
      n0,
      _tLT,
      0,
      () => Tag$
    ];
    var transactionContextIdentityProviderMapType = [
      2,
      n0,
      _tCIPMT,
      0,
      [
        0,
        0
      ],
      [
        () => transactionContextValueType,
        0
      ]
    ];
    var AssumeRole$ = [
      9,
      n0,
      _AR,
      0,
      () => AssumeRoleRequest$,
      () => AssumeRoleResponse$
    ];
    var AssumeRoleWithSAML$ = [
      9,
      n0,
      _ARWSAML,
      0,
      () => AssumeRoleWithSAMLRequest$,
      () => AssumeRoleWithSAMLResponse$
    ];
    var AssumeRoleWithWebIdentity$ = [
      9,
      n0,
      _ARWWI,
      0,
      () => AssumeRoleWithWebIdentityRequest$,
      () => AssumeRoleWithWebIdentityResponse$
    ];
    var AssumeRoot$ = [
      9,
      n0,
      _ARs,
      0,
      () => AssumeRootRequest$,
      () => AssumeRootResponse$
    ];
    var DecodeAuthorizationMessage$ = [
      9,
      n0,
      _DAM,
      0,
      () => DecodeAuthorizationMessageRequest$,
      () => DecodeAuthorizationMessageResponse$
    ];
    var GetAccessKeyInfo$ = [
      9,
      n0,
      _GAKI,
      0,
      () => GetAccessKeyInfoRequest$,
      () => GetAccessKeyInfoResponse$
    ];
    var GetCallerIdentity$ = [
      9,
      n0,
      _GCI,
      0,
      () => GetCallerIdentityRequest$,
      () => GetCallerIdentityResponse$
    ];
    var GetDelegatedAccessToken$ = [
      9,
      n0,
      _GDAT,
      0,
      () => GetDelegatedAccessTokenRequest$,
      () => GetDelegatedAccessTokenResponse$
    ];
    var GetFederationToken$ = [
      9,
      n0,
      _GFT,
      0,
      () => GetFederationTokenRequest$,
      () => GetFederationTokenResponse$
    ];
    var GetScopedCredentials$ = [
      9,
      n0,
      _GSC,
      0,
      () => GetScopedCredentialsRequest$,
      () => GetScopedCredentialsResponse$
    ];
    var GetSessionToken$ = [
      9,
      n0,
      _GST,
      0,
      () => GetSessionTokenRequest$,
      () => GetSessionTokenResponse$
    ];
    var GetWebIdentityToken$ = [
      9,
      n0,
      _GWIT,
      0,
      () => GetWebIdentityTokenRequest$,
      () => GetWebIdentityTokenResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2011-06-15",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
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
          errorTypeRegistries,
          xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
          version: "2011-06-15",
          serviceTarget: "AWSSecurityTokenServiceV20110615"
        },
        serviceId: config?.serviceId ?? "STS",
        sha256: config?.sha256 ?? Sha256,
        signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion,
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4") || (async (idProps) => await defaultProvider(idProps?.__config || {})()),
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
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? loadConfig(NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
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
    var STSClient2 = class extends Client {
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
    var command = makeBuilder(commonParams, "AWSSecurityTokenServiceV20110615", "STSClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o2) => [];
    var AssumeRoleCommand2 = class extends command(_ep0, _mw0, "AssumeRole", AssumeRole$) {
    };
    var AssumeRoleWithSAMLCommand = class extends command(_ep0, _mw0, "AssumeRoleWithSAML", AssumeRoleWithSAML$) {
    };
    var AssumeRoleWithWebIdentityCommand = class extends command(_ep0, _mw0, "AssumeRoleWithWebIdentity", AssumeRoleWithWebIdentity$) {
    };
    var AssumeRootCommand = class extends command(_ep0, _mw0, "AssumeRoot", AssumeRoot$) {
    };
    var DecodeAuthorizationMessageCommand = class extends command(_ep0, _mw0, "DecodeAuthorizationMessage", DecodeAuthorizationMessage$) {
    };
    var GetAccessKeyInfoCommand = class extends command(_ep0, _mw0, "GetAccessKeyInfo", GetAccessKeyInfo$) {
    };
    var GetCallerIdentityCommand2 = class extends command(_ep0, _mw0, "GetCallerIdentity", GetCallerIdentity$) {
    };
    var GetDelegatedAccessTokenCommand = class extends command(_ep0, _mw0, "GetDelegatedAccessToken", GetDelegatedAccessToken$) {
    };
    var GetFederationTokenCommand = class extends command(_ep0, _mw0, "GetFederationToken", GetFederationToken$) {
    };
    var GetScopedCredentialsCommand = class extends command(_ep0, _mw0, "GetScopedCredentials", GetScopedCredentials$) {
    };
    var GetSessionTokenCommand = class extends command(_ep0, _mw0, "GetSessionToken", GetSessionToken$) {
    };
    var GetWebIdentityTokenCommand = class extends command(_ep0, _mw0, "GetWebIdentityToken", GetWebIdentityToken$) {
    };
    var commands = {
      AssumeRoleCommand: AssumeRoleCommand2,
      AssumeRoleWithSAMLCommand,
      AssumeRoleWithWebIdentityCommand,
      AssumeRootCommand,
      DecodeAuthorizationMessageCommand,
      GetAccessKeyInfoCommand,
      GetCallerIdentityCommand: GetCallerIdentityCommand2,
      GetDelegatedAccessTokenCommand,
      GetFederationTokenCommand,
      GetScopedCredentialsCommand,
      GetSessionTokenCommand,
      GetWebIdentityTokenCommand
    };
    var STS = class extends STSClient2 {
    };
    createAggregatedClient(commands, STS);
    var WebIdentityTokenSubjectModeType = {
      AWS_IDENTITY: "AWSIdentity",
      ORIGIN_IDENTITY: "OriginIdentity"
    };
    var getAccountIdFromAssumedRoleUser = (assumedRoleUser) => {
      if (typeof assumedRoleUser?.Arn === "string") {
        const arnComponents = assumedRoleUser.Arn.split(":");
        if (arnComponents.length > 4 && arnComponents[4] !== "") {
          return arnComponents[4];
        }
      }
      return void 0;
    };
    var resolveRegion = async (_region, _parentRegion, credentialProviderLogger, loaderConfig = {}) => {
      const region = typeof _region === "function" ? await _region() : _region;
      const parentRegion = typeof _parentRegion === "function" ? await _parentRegion() : _parentRegion;
      let stsDefaultRegion = "";
      const resolvedRegion = region ?? parentRegion ?? (stsDefaultRegion = await stsRegionDefaultResolver(loaderConfig)());
      credentialProviderLogger?.debug?.("@aws-sdk/client-sts::resolveRegion", "accepting first of:", `${region} (credential provider clientConfig)`, `${parentRegion} (contextual client)`, `${stsDefaultRegion} (STS default: AWS_REGION, profile region, or us-east-1)`);
      return resolvedRegion;
    };
    var getDefaultRoleAssumer$1 = (stsOptions, STSClient3) => {
      let stsClient;
      let closureSourceCreds;
      return async (sourceCreds, params) => {
        closureSourceCreds = sourceCreds;
        if (!stsClient) {
          const { logger = stsOptions?.parentClientConfig?.logger, profile = stsOptions?.parentClientConfig?.profile, region, requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger, userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId } = stsOptions;
          const resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
            logger,
            profile
          });
          const isCompatibleRequestHandler = !isH2(requestHandler);
          stsClient = new STSClient3({
            ...stsOptions,
            userAgentAppId,
            profile,
            credentialDefaultProvider: () => async () => closureSourceCreds,
            region: resolvedRegion,
            requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
            logger
          });
        }
        const { Credentials, AssumedRoleUser } = await stsClient.send(new AssumeRoleCommand2(params));
        if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) {
          throw new Error(`Invalid response from STS.assumeRole call with role ${params.RoleArn}`);
        }
        const accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser);
        const credentials = {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretAccessKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
          ...Credentials.CredentialScope && { credentialScope: Credentials.CredentialScope },
          ...accountId && { accountId }
        };
        setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE", "i");
        return credentials;
      };
    };
    var getDefaultRoleAssumerWithWebIdentity$1 = (stsOptions, STSClient3) => {
      let stsClient;
      return async (params) => {
        if (!stsClient) {
          const { logger = stsOptions?.parentClientConfig?.logger, profile = stsOptions?.parentClientConfig?.profile, region, requestHandler = stsOptions?.parentClientConfig?.requestHandler, credentialProviderLogger, userAgentAppId = stsOptions?.parentClientConfig?.userAgentAppId } = stsOptions;
          const resolvedRegion = await resolveRegion(region, stsOptions?.parentClientConfig?.region, credentialProviderLogger, {
            logger,
            profile
          });
          const isCompatibleRequestHandler = !isH2(requestHandler);
          stsClient = new STSClient3({
            ...stsOptions,
            userAgentAppId,
            profile,
            region: resolvedRegion,
            requestHandler: isCompatibleRequestHandler ? requestHandler : void 0,
            logger
          });
        }
        const { Credentials, AssumedRoleUser } = await stsClient.send(new AssumeRoleWithWebIdentityCommand(params));
        if (!Credentials || !Credentials.AccessKeyId || !Credentials.SecretAccessKey) {
          throw new Error(`Invalid response from STS.assumeRoleWithWebIdentity call with role ${params.RoleArn}`);
        }
        const accountId = getAccountIdFromAssumedRoleUser(AssumedRoleUser);
        const credentials = {
          accessKeyId: Credentials.AccessKeyId,
          secretAccessKey: Credentials.SecretAccessKey,
          sessionToken: Credentials.SessionToken,
          expiration: Credentials.Expiration,
          ...Credentials.CredentialScope && { credentialScope: Credentials.CredentialScope },
          ...accountId && { accountId }
        };
        if (accountId) {
          setCredentialFeature(credentials, "RESOLVED_ACCOUNT_ID", "T");
        }
        setCredentialFeature(credentials, "CREDENTIALS_STS_ASSUME_ROLE_WEB_ID", "k");
        return credentials;
      };
    };
    var isH2 = (requestHandler) => {
      return requestHandler?.metadata?.handlerProtocol === "h2";
    };
    var getCustomizableStsClientCtor = (baseCtor, customizations) => {
      if (!customizations)
        return baseCtor;
      else
        return class CustomizableSTSClient extends baseCtor {
          constructor(config) {
            super(config);
            for (const customization of customizations) {
              this.middlewareStack.use(customization);
            }
          }
        };
    };
    var getDefaultRoleAssumer = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumer$1(stsOptions, getCustomizableStsClientCtor(STSClient2, stsPlugins));
    var getDefaultRoleAssumerWithWebIdentity = (stsOptions = {}, stsPlugins) => getDefaultRoleAssumerWithWebIdentity$1(stsOptions, getCustomizableStsClientCtor(STSClient2, stsPlugins));
    var decorateDefaultCredentialProvider = (provider) => (input) => provider({
      roleAssumer: getDefaultRoleAssumer(input),
      roleAssumerWithWebIdentity: getDefaultRoleAssumerWithWebIdentity(input),
      ...input
    });
    exports.AssumeRole$ = AssumeRole$;
    exports.AssumeRoleCommand = AssumeRoleCommand2;
    exports.AssumeRoleRequest$ = AssumeRoleRequest$;
    exports.AssumeRoleResponse$ = AssumeRoleResponse$;
    exports.AssumeRoleWithSAML$ = AssumeRoleWithSAML$;
    exports.AssumeRoleWithSAMLCommand = AssumeRoleWithSAMLCommand;
    exports.AssumeRoleWithSAMLRequest$ = AssumeRoleWithSAMLRequest$;
    exports.AssumeRoleWithSAMLResponse$ = AssumeRoleWithSAMLResponse$;
    exports.AssumeRoleWithWebIdentity$ = AssumeRoleWithWebIdentity$;
    exports.AssumeRoleWithWebIdentityCommand = AssumeRoleWithWebIdentityCommand;
    exports.AssumeRoleWithWebIdentityRequest$ = AssumeRoleWithWebIdentityRequest$;
    exports.AssumeRoleWithWebIdentityResponse$ = AssumeRoleWithWebIdentityResponse$;
    exports.AssumeRoot$ = AssumeRoot$;
    exports.AssumeRootCommand = AssumeRootCommand;
    exports.AssumeRootRequest$ = AssumeRootRequest$;
    exports.AssumeRootResponse$ = AssumeRootResponse$;
    exports.AssumedRoleUser$ = AssumedRoleUser$;
    exports.Credentials$ = Credentials$;
    exports.DecodeAuthorizationMessage$ = DecodeAuthorizationMessage$;
    exports.DecodeAuthorizationMessageCommand = DecodeAuthorizationMessageCommand;
    exports.DecodeAuthorizationMessageRequest$ = DecodeAuthorizationMessageRequest$;
    exports.DecodeAuthorizationMessageResponse$ = DecodeAuthorizationMessageResponse$;
    exports.ExpiredTokenException = ExpiredTokenException;
    exports.ExpiredTokenException$ = ExpiredTokenException$;
    exports.ExpiredTradeInTokenException = ExpiredTradeInTokenException;
    exports.ExpiredTradeInTokenException$ = ExpiredTradeInTokenException$;
    exports.FederatedUser$ = FederatedUser$;
    exports.GetAccessKeyInfo$ = GetAccessKeyInfo$;
    exports.GetAccessKeyInfoCommand = GetAccessKeyInfoCommand;
    exports.GetAccessKeyInfoRequest$ = GetAccessKeyInfoRequest$;
    exports.GetAccessKeyInfoResponse$ = GetAccessKeyInfoResponse$;
    exports.GetCallerIdentity$ = GetCallerIdentity$;
    exports.GetCallerIdentityCommand = GetCallerIdentityCommand2;
    exports.GetCallerIdentityRequest$ = GetCallerIdentityRequest$;
    exports.GetCallerIdentityResponse$ = GetCallerIdentityResponse$;
    exports.GetDelegatedAccessToken$ = GetDelegatedAccessToken$;
    exports.GetDelegatedAccessTokenCommand = GetDelegatedAccessTokenCommand;
    exports.GetDelegatedAccessTokenRequest$ = GetDelegatedAccessTokenRequest$;
    exports.GetDelegatedAccessTokenResponse$ = GetDelegatedAccessTokenResponse$;
    exports.GetFederationToken$ = GetFederationToken$;
    exports.GetFederationTokenCommand = GetFederationTokenCommand;
    exports.GetFederationTokenRequest$ = GetFederationTokenRequest$;
    exports.GetFederationTokenResponse$ = GetFederationTokenResponse$;
    exports.GetScopedCredentials$ = GetScopedCredentials$;
    exports.GetScopedCredentialsCommand = GetScopedCredentialsCommand;
    exports.GetScopedCredentialsRequest$ = GetScopedCredentialsRequest$;
    exports.GetScopedCredentialsResponse$ = GetScopedCredentialsResponse$;
    exports.GetSessionToken$ = GetSessionToken$;
    exports.GetSessionTokenCommand = GetSessionTokenCommand;
    exports.GetSessionTokenRequest$ = GetSessionTokenRequest$;
    exports.GetSessionTokenResponse$ = GetSessionTokenResponse$;
    exports.GetWebIdentityToken$ = GetWebIdentityToken$;
    exports.GetWebIdentityTokenCommand = GetWebIdentityTokenCommand;
    exports.GetWebIdentityTokenRequest$ = GetWebIdentityTokenRequest$;
    exports.GetWebIdentityTokenResponse$ = GetWebIdentityTokenResponse$;
    exports.IDPCommunicationErrorException = IDPCommunicationErrorException;
    exports.IDPCommunicationErrorException$ = IDPCommunicationErrorException$;
    exports.IDPRejectedClaimException = IDPRejectedClaimException;
    exports.IDPRejectedClaimException$ = IDPRejectedClaimException$;
    exports.InsufficientSessionLifetimeException = InsufficientSessionLifetimeException;
    exports.InsufficientSessionLifetimeException$ = InsufficientSessionLifetimeException$;
    exports.InvalidAuthorizationMessageException = InvalidAuthorizationMessageException;
    exports.InvalidAuthorizationMessageException$ = InvalidAuthorizationMessageException$;
    exports.InvalidContextAssertionException = InvalidContextAssertionException;
    exports.InvalidContextAssertionException$ = InvalidContextAssertionException$;
    exports.InvalidIdentityTokenException = InvalidIdentityTokenException;
    exports.InvalidIdentityTokenException$ = InvalidIdentityTokenException$;
    exports.InvalidSubjectCredentialsException = InvalidSubjectCredentialsException;
    exports.InvalidSubjectCredentialsException$ = InvalidSubjectCredentialsException$;
    exports.JWTPayloadSizeExceededException = JWTPayloadSizeExceededException;
    exports.JWTPayloadSizeExceededException$ = JWTPayloadSizeExceededException$;
    exports.MalformedPolicyDocumentException = MalformedPolicyDocumentException;
    exports.MalformedPolicyDocumentException$ = MalformedPolicyDocumentException$;
    exports.OriginIdentity$ = OriginIdentity$;
    exports.OutboundWebIdentityFederationDisabledException = OutboundWebIdentityFederationDisabledException;
    exports.OutboundWebIdentityFederationDisabledException$ = OutboundWebIdentityFederationDisabledException$;
    exports.PackedPolicyTooLargeException = PackedPolicyTooLargeException;
    exports.PackedPolicyTooLargeException$ = PackedPolicyTooLargeException$;
    exports.PolicyDescriptorType$ = PolicyDescriptorType$;
    exports.ProvidedContext$ = ProvidedContext$;
    exports.RegionDisabledException = RegionDisabledException;
    exports.RegionDisabledException$ = RegionDisabledException$;
    exports.STS = STS;
    exports.STSClient = STSClient2;
    exports.STSServiceException = STSServiceException;
    exports.STSServiceException$ = STSServiceException$;
    exports.ScopedSession$ = ScopedSession$;
    exports.SessionDurationEscalationException = SessionDurationEscalationException;
    exports.SessionDurationEscalationException$ = SessionDurationEscalationException$;
    exports.Tag$ = Tag$;
    exports.TransactionContext$ = TransactionContext$;
    exports.TrustedIdentityPropagationContext$ = TrustedIdentityPropagationContext$;
    exports.WebIdentityTokenSubjectModeType = WebIdentityTokenSubjectModeType;
    exports.decorateDefaultCredentialProvider = decorateDefaultCredentialProvider;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.getDefaultRoleAssumer = getDefaultRoleAssumer;
    exports.getDefaultRoleAssumerWithWebIdentity = getDefaultRoleAssumerWithWebIdentity;
  }
});

// ../../work/main/node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var require_dist_cjs7 = __commonJS({
  "../../work/main/node_modules/@aws-sdk/client-iam/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs3();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsQueryProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
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
    var version = "3.1168.0";
    var packageInfo = {
      version
    };
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
    var IAMServiceException = class _IAMServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.iam#IAMServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _IAMServiceException.prototype);
      }
    };
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
    var _A = "Arn";
    var _AA = "AccountAlias";
    var _AAc = "AccountAliases";
    var _ABO = "AllowedByOrganizations";
    var _ABPB = "AllowedByPermissionsBoundary";
    var _AC = "AuthenticationCode1";
    var _ACIDTOIDCP = "AddClientIDToOpenIDConnectProvider";
    var _ACIDTOIDCPR = "AddClientIDToOpenIDConnectProviderRequest";
    var _ACt = "AttachmentCount";
    var _ACu = "AuthenticationCode2";
    var _AD = "AccessDetail";
    var _ADR = "AcceptDelegationRequest";
    var _ADRR = "AcceptDelegationRequestRequest";
    var _ADRRs = "AssociateDelegationRequestRequest";
    var _ADRs = "AssociateDelegationRequest";
    var _ADc = "AccessDetails";
    var _AEM = "AssertionEncryptionMode";
    var _AGP = "AttachGroupPolicy";
    var _AGPR = "AttachGroupPolicyRequest";
    var _AI = "ApproverId";
    var _AK = "AccessKey";
    var _AKI = "AccessKeyId";
    var _AKLU = "AccessKeyLastUsed";
    var _AKM = "AccessKeyMetadata";
    var _AMP = "AttachedManagedPolicies";
    var _AN = "AttachmentName";
    var _ANMODAE = "AccountNotManagementOrDelegatedAdministratorException";
    var _ANc = "ActionNames";
    var _ANct = "ActionName";
    var _AP = "AttachedPolicy";
    var _APB = "AttachedPermissionsBoundary";
    var _APK = "AddPrivateKey";
    var _APt = "AttachedPolicies";
    var _AR = "AcquireRole";
    var _ARP = "AttachRolePolicy";
    var _ARPD = "AssumeRolePolicyDocument";
    var _ARPDT = "AssumeRolePolicyDocumentTemplate";
    var _ARPR = "AttachRolePolicyRequest";
    var _ARR = "AcquireRoleRequest";
    var _ARRc = "AcquireRoleResponse";
    var _ARTIP = "AddRoleToInstanceProfile";
    var _ARTIPR = "AddRoleToInstanceProfileRequest";
    var _AS = "AssignmentStatus";
    var _AT = "AttachmentType";
    var _AU = "AllUsers";
    var _AUP = "AttachUserPolicy";
    var _AUPR = "AttachUserPolicyRequest";
    var _AUTCP = "AllowUsersToChangePassword";
    var _AUTG = "AddUserToGroup";
    var _AUTGR = "AddUserToGroupRequest";
    var _AWSSN = "AWSServiceName";
    var _BD = "BootstrapDatum";
    var _BSS = "Base32StringSeed";
    var _C = "Code";
    var _CA = "CallerArn";
    var _CAA = "CreateAccountAlias";
    var _CAAR = "CreateAccountAliasRequest";
    var _CAD = "CredentialAgeDays";
    var _CAK = "CreateAccessKey";
    var _CAKR = "CreateAccessKeyRequest";
    var _CAKRr = "CreateAccessKeyResponse";
    var _CB = "CertificateBody";
    var _CC = "CertificateChain";
    var _CD = "CreateDate";
    var _CDL = "ConsoleDeepLink";
    var _CDR = "CreateDelegationRequest";
    var _CDRR = "CreateDelegationRequestRequest";
    var _CDRRr = "CreateDelegationRequestResponse";
    var _CE = "ContextEntry";
    var _CELT = "ContextEntryListType";
    var _CEo = "ContextEntries";
    var _CG = "CreateGroup";
    var _CGR = "CreateGroupRequest";
    var _CGRr = "CreateGroupResponse";
    var _CI = "CertificateId";
    var _CID = "ClientID";
    var _CIDL = "ClientIDList";
    var _CINMAE = "CallerIsNotManagementAccountException";
    var _CIP = "CreateInstanceProfile";
    var _CIPR = "CreateInstanceProfileRequest";
    var _CIPRr = "CreateInstanceProfileResponse";
    var _CKN = "ContextKeyName";
    var _CKNo = "ContextKeyNames";
    var _CKT = "ContextKeyType";
    var _CKV = "ContextKeyValues";
    var _CLP = "CreateLoginProfile";
    var _CLPR = "CreateLoginProfileRequest";
    var _CLPRr = "CreateLoginProfileResponse";
    var _CME = "ConcurrentModificationException";
    var _COIDCP = "CreateOpenIDConnectProvider";
    var _COIDCPR = "CreateOpenIDConnectProviderRequest";
    var _COIDCPRr = "CreateOpenIDConnectProviderResponse";
    var _CP = "ChangePassword";
    var _CPR = "ChangePasswordRequest";
    var _CPRr = "CreatePolicyRequest";
    var _CPRre = "CreatePolicyResponse";
    var _CPV = "CreatePolicyVersion";
    var _CPVR = "CreatePolicyVersionRequest";
    var _CPVRr = "CreatePolicyVersionResponse";
    var _CPr = "CreatePolicy";
    var _CR = "CreateRole";
    var _CREE = "CredentialReportExpiredException";
    var _CRNPE = "CredentialReportNotPresentException";
    var _CRNRE = "CredentialReportNotReadyException";
    var _CRR = "CreateRoleRequest";
    var _CRRr = "CreateRoleResponse";
    var _CS = "CustomSuffix";
    var _CSAMLP = "CreateSAMLProvider";
    var _CSAMLPR = "CreateSAMLProviderRequest";
    var _CSAMLPRr = "CreateSAMLProviderResponse";
    var _CSLR = "CreateServiceLinkedRole";
    var _CSLRR = "CreateServiceLinkedRoleRequest";
    var _CSLRRr = "CreateServiceLinkedRoleResponse";
    var _CSSC = "CreateServiceSpecificCredential";
    var _CSSCR = "CreateServiceSpecificCredentialRequest";
    var _CSSCRr = "CreateServiceSpecificCredentialResponse";
    var _CT = "CreateTimestamp";
    var _CU = "CreateUser";
    var _CUR = "CreateUserRequest";
    var _CURr = "CreateUserResponse";
    var _CVMFAD = "CreateVirtualMFADevice";
    var _CVMFADR = "CreateVirtualMFADeviceRequest";
    var _CVMFADRr = "CreateVirtualMFADeviceResponse";
    var _Ce = "Certifications";
    var _Cer = "Certificates";
    var _Cert = "Certificate";
    var _Co = "Content";
    var _Col = "Column";
    var _D = "Description";
    var _DAA = "DeleteAccountAlias";
    var _DAAR = "DeleteAccountAliasRequest";
    var _DAK = "DeleteAccessKey";
    var _DAKR = "DeleteAccessKeyRequest";
    var _DAPP = "DeleteAccountPasswordPolicy";
    var _DCE = "DeleteConflictException";
    var _DCEu = "DuplicateCertificateException";
    var _DG = "DeleteGroup";
    var _DGP = "DeleteGroupPolicy";
    var _DGPR = "DeleteGroupPolicyRequest";
    var _DGPRe = "DetachGroupPolicyRequest";
    var _DGPe = "DetachGroupPolicy";
    var _DGR = "DeleteGroupRequest";
    var _DIP = "DeleteInstanceProfile";
    var _DIPR = "DeleteInstanceProfileRequest";
    var _DLP = "DeleteLoginProfile";
    var _DLPR = "DeleteLoginProfileRequest";
    var _DMFAD = "DeactivateMFADevice";
    var _DMFADR = "DeactivateMFADeviceRequest";
    var _DMV = "DefaultMinorVersion";
    var _DOIDCP = "DeleteOpenIDConnectProvider";
    var _DOIDCPR = "DeleteOpenIDConnectProviderRequest";
    var _DORCM = "DisableOrganizationsRootCredentialsManagement";
    var _DORCMR = "DisableOrganizationsRootCredentialsManagementRequest";
    var _DORCMRi = "DisableOrganizationsRootCredentialsManagementResponse";
    var _DORS = "DisableOrganizationsRootSessions";
    var _DORSR = "DisableOrganizationsRootSessionsRequest";
    var _DORSRi = "DisableOrganizationsRootSessionsResponse";
    var _DOWIF = "DisableOutboundWebIdentityFederation";
    var _DP = "DelegationPermission";
    var _DPC = "DelegationPermissionCheck";
    var _DPR = "DeletePolicyRequest";
    var _DPV = "DeletePolicyVersion";
    var _DPVR = "DeletePolicyVersionRequest";
    var _DPe = "DeletePolicy";
    var _DR = "DelegationRequest";
    var _DRI = "DelegationRequestId";
    var _DRP = "DeleteRolePolicy";
    var _DRPB = "DeleteRolePermissionsBoundary";
    var _DRPBR = "DeleteRolePermissionsBoundaryRequest";
    var _DRPR = "DeleteRolePolicyRequest";
    var _DRPRe = "DetachRolePolicyRequest";
    var _DRPe = "DetachRolePolicy";
    var _DRR = "DeleteRoleRequest";
    var _DRe = "DelegationRequests";
    var _DRel = "DeleteRole";
    var _DSAMLP = "DeleteSAMLProvider";
    var _DSAMLPR = "DeleteSAMLProviderRequest";
    var _DSC = "DeleteServerCertificate";
    var _DSCR = "DeleteServerCertificateRequest";
    var _DSCRe = "DeleteSigningCertificateRequest";
    var _DSCe = "DeleteSigningCertificate";
    var _DSLR = "DeleteServiceLinkedRole";
    var _DSLRR = "DeleteServiceLinkedRoleRequest";
    var _DSLRRe = "DeleteServiceLinkedRoleResponse";
    var _DSSC = "DeleteServiceSpecificCredential";
    var _DSSCR = "DeleteServiceSpecificCredentialRequest";
    var _DSSHPK = "DeleteSSHPublicKey";
    var _DSSHPKE = "DuplicateSSHPublicKeyException";
    var _DSSHPKR = "DeleteSSHPublicKeyRequest";
    var _DTFRT = "DeletionTaskFailureReasonType";
    var _DTI = "DeletionTaskId";
    var _DU = "DeleteUser";
    var _DUP = "DeleteUserPolicy";
    var _DUPB = "DeleteUserPermissionsBoundary";
    var _DUPBR = "DeleteUserPermissionsBoundaryRequest";
    var _DUPR = "DeleteUserPolicyRequest";
    var _DUPRe = "DetachUserPolicyRequest";
    var _DUPe = "DetachUserPolicy";
    var _DUR = "DeleteUserRequest";
    var _DV = "DefaultValue";
    var _DVI = "DefaultVersionId";
    var _DVMFAD = "DeleteVirtualMFADevice";
    var _DVMFADR = "DeleteVirtualMFADeviceRequest";
    var _Do = "Document";
    var _E = "Error";
    var _EA = "EntityArn";
    var _EAEE = "EntityAlreadyExistsException";
    var _EAN = "EvalActionName";
    var _ED = "EntityDetails";
    var _EDD = "EvalDecisionDetails";
    var _EDL = "EntityDetailsList";
    var _EDn = "EnableDate";
    var _EDr = "ErrorDetails";
    var _EDv = "EvalDecision";
    var _EDx = "ExpirationDate";
    var _EF = "EnabledFeatures";
    var _EFn = "EntityFilter";
    var _EI = "EntityInfo";
    var _EMFAD = "EnableMFADevice";
    var _EMFADR = "EnableMFADeviceRequest";
    var _EN = "EntityName";
    var _EORCM = "EnableOrganizationsRootCredentialsManagement";
    var _EORCMR = "EnableOrganizationsRootCredentialsManagementRequest";
    var _EORCMRn = "EnableOrganizationsRootCredentialsManagementResponse";
    var _EORS = "EnableOrganizationsRootSessions";
    var _EORSR = "EnableOrganizationsRootSessionsRequest";
    var _EORSRn = "EnableOrganizationsRootSessionsResponse";
    var _EOWIF = "EnableOutboundWebIdentityFederation";
    var _EOWIFR = "EnableOutboundWebIdentityFederationResponse";
    var _EP = "EntityPath";
    var _EPn = "EndPosition";
    var _EPx = "ExpirePasswords";
    var _ER = "EvaluationResult";
    var _ERD = "EvalResourceDecision";
    var _ERLT = "EvaluationResultsListType";
    var _ERN = "EvalResourceName";
    var _ERv = "EvaluationResults";
    var _ET = "ExpirationTime";
    var _ETUE = "EntityTemporarilyUnmodifiableException";
    var _ETn = "EntityType";
    var _En = "Encoding";
    var _Ena = "Enabled";
    var _Ex = "Expiration";
    var _F = "Filter";
    var _FDE = "FeatureDisabledException";
    var _FEE = "FeatureEnabledException";
    var _Fi = "Fingerprint";
    var _G = "Group";
    var _GAAD = "GetAccountAuthorizationDetails";
    var _GAADR = "GetAccountAuthorizationDetailsRequest";
    var _GAADRe = "GetAccountAuthorizationDetailsResponse";
    var _GAKLU = "GetAccessKeyLastUsed";
    var _GAKLUR = "GetAccessKeyLastUsedRequest";
    var _GAKLURe = "GetAccessKeyLastUsedResponse";
    var _GAP = "GetAccountProperties";
    var _GAPP = "GetAccountPasswordPolicy";
    var _GAPPR = "GetAccountPasswordPolicyResponse";
    var _GAPR = "GetAccountPropertiesRequest";
    var _GAPRe = "GetAccountPropertiesResponse";
    var _GAS = "GetAccountSummary";
    var _GASR = "GetAccountSummaryResponse";
    var _GCKFCP = "GetContextKeysForCustomPolicy";
    var _GCKFCPR = "GetContextKeysForCustomPolicyRequest";
    var _GCKFPP = "GetContextKeysForPrincipalPolicy";
    var _GCKFPPR = "GetContextKeysForPrincipalPolicyRequest";
    var _GCKFPR = "GetContextKeysForPolicyResponse";
    var _GCR = "GenerateCredentialReport";
    var _GCRR = "GenerateCredentialReportResponse";
    var _GCRRe = "GetCredentialReportResponse";
    var _GCRe = "GetCredentialReport";
    var _GD = "GroupDetail";
    var _GDL = "GroupDetailList";
    var _GDR = "GetDelegationRequest";
    var _GDRR = "GetDelegationRequestRequest";
    var _GDRRe = "GetDelegationRequestResponse";
    var _GETV = "GlobalEndpointTokenVersion";
    var _GG = "GetGroup";
    var _GGP = "GetGroupPolicy";
    var _GGPR = "GetGroupPolicyRequest";
    var _GGPRe = "GetGroupPolicyResponse";
    var _GGR = "GetGroupRequest";
    var _GGRe = "GetGroupResponse";
    var _GHRS = "GetHumanReadableSummary";
    var _GHRSR = "GetHumanReadableSummaryRequest";
    var _GHRSRe = "GetHumanReadableSummaryResponse";
    var _GI = "GroupId";
    var _GIP = "GetInstanceProfile";
    var _GIPR = "GetInstanceProfileRequest";
    var _GIPRe = "GetInstanceProfileResponse";
    var _GL = "GroupList";
    var _GLP = "GetLoginProfile";
    var _GLPR = "GetLoginProfileRequest";
    var _GLPRe = "GetLoginProfileResponse";
    var _GMFAD = "GetMFADevice";
    var _GMFADR = "GetMFADeviceRequest";
    var _GMFADRe = "GetMFADeviceResponse";
    var _GN = "GroupName";
    var _GOAR = "GenerateOrganizationsAccessReport";
    var _GOARR = "GenerateOrganizationsAccessReportRequest";
    var _GOARRe = "GenerateOrganizationsAccessReportResponse";
    var _GOARRet = "GetOrganizationsAccessReportRequest";
    var _GOARRetr = "GetOrganizationsAccessReportResponse";
    var _GOARe = "GetOrganizationsAccessReport";
    var _GOIDCP = "GetOpenIDConnectProvider";
    var _GOIDCPR = "GetOpenIDConnectProviderRequest";
    var _GOIDCPRe = "GetOpenIDConnectProviderResponse";
    var _GOWIFI = "GetOutboundWebIdentityFederationInfo";
    var _GOWIFIR = "GetOutboundWebIdentityFederationInfoResponse";
    var _GP = "GetPolicy";
    var _GPL = "GroupPolicyList";
    var _GPR = "GetPolicyRequest";
    var _GPRe = "GetPolicyResponse";
    var _GPV = "GetPolicyVersion";
    var _GPVR = "GetPolicyVersionRequest";
    var _GPVRe = "GetPolicyVersionResponse";
    var _GR = "GetRole";
    var _GRP = "GetRolePolicy";
    var _GRPR = "GetRolePolicyRequest";
    var _GRPRe = "GetRolePolicyResponse";
    var _GRR = "GetRoleRequest";
    var _GRRe = "GetRoleResponse";
    var _GRTV = "GetRoleTemplateVersion";
    var _GRTVR = "GetRoleTemplateVersionRequest";
    var _GRTVRe = "GetRoleTemplateVersionResponse";
    var _GSAMLP = "GetSAMLProvider";
    var _GSAMLPR = "GetSAMLProviderRequest";
    var _GSAMLPRe = "GetSAMLProviderResponse";
    var _GSC = "GetServerCertificate";
    var _GSCR = "GetServerCertificateRequest";
    var _GSCRe = "GetServerCertificateResponse";
    var _GSLAD = "GenerateServiceLastAccessedDetails";
    var _GSLADR = "GenerateServiceLastAccessedDetailsRequest";
    var _GSLADRe = "GenerateServiceLastAccessedDetailsResponse";
    var _GSLADRet = "GetServiceLastAccessedDetailsRequest";
    var _GSLADRete = "GetServiceLastAccessedDetailsResponse";
    var _GSLADWE = "GetServiceLastAccessedDetailsWithEntities";
    var _GSLADWER = "GetServiceLastAccessedDetailsWithEntitiesRequest";
    var _GSLADWERe = "GetServiceLastAccessedDetailsWithEntitiesResponse";
    var _GSLADe = "GetServiceLastAccessedDetails";
    var _GSLRDS = "GetServiceLinkedRoleDeletionStatus";
    var _GSLRDSR = "GetServiceLinkedRoleDeletionStatusRequest";
    var _GSLRDSRe = "GetServiceLinkedRoleDeletionStatusResponse";
    var _GSSHPK = "GetSSHPublicKey";
    var _GSSHPKR = "GetSSHPublicKeyRequest";
    var _GSSHPKRe = "GetSSHPublicKeyResponse";
    var _GT = "GeneratedTime";
    var _GU = "GetUser";
    var _GUP = "GetUserPolicy";
    var _GUPR = "GetUserPolicyRequest";
    var _GUPRe = "GetUserPolicyResponse";
    var _GUR = "GetUserRequest";
    var _GURe = "GetUserResponse";
    var _Gr = "Granularity";
    var _Gro = "Groups";
    var _HE = "HardExpiry";
    var _I = "Id";
    var _IA = "IsAttachable";
    var _IACE = "InvalidAuthenticationCodeException";
    var _ICE = "InvalidCertificateException";
    var _IDV = "IsDefaultVersion";
    var _II = "IssuerIdentifier";
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
    var _JVE = "JwtVendingEnabled";
    var _K = "Key";
    var _KI = "KeyId";
    var _KPME = "KeyPairMismatchException";
    var _L = "Locale";
    var _LA = "LastAuthenticated";
    var _LAA = "ListAccountAliases";
    var _LAAR = "ListAccountAliasesRequest";
    var _LAARi = "ListAccountAliasesResponse";
    var _LAE = "LastAuthenticatedEntity";
    var _LAEa = "LastAccessedEntity";
    var _LAGP = "ListAttachedGroupPolicies";
    var _LAGPR = "ListAttachedGroupPoliciesRequest";
    var _LAGPRi = "ListAttachedGroupPoliciesResponse";
    var _LAK = "ListAccessKeys";
    var _LAKR = "ListAccessKeysRequest";
    var _LAKRi = "ListAccessKeysResponse";
    var _LAR = "LastAuthenticatedRegion";
    var _LARP = "ListAttachedRolePolicies";
    var _LARPR = "ListAttachedRolePoliciesRequest";
    var _LARPRi = "ListAttachedRolePoliciesResponse";
    var _LARa = "LastAccessedRegion";
    var _LAT = "LastAuthenticatedTime";
    var _LATa = "LastAccessedTime";
    var _LAUP = "ListAttachedUserPolicies";
    var _LAUPR = "ListAttachedUserPoliciesRequest";
    var _LAUPRi = "ListAttachedUserPoliciesResponse";
    var _LDR = "ListDelegationRequests";
    var _LDRR = "ListDelegationRequestsRequest";
    var _LDRRi = "ListDelegationRequestsResponse";
    var _LEE = "LimitExceededException";
    var _LEFP = "ListEntitiesForPolicy";
    var _LEFPR = "ListEntitiesForPolicyRequest";
    var _LEFPRi = "ListEntitiesForPolicyResponse";
    var _LG = "ListGroups";
    var _LGFU = "ListGroupsForUser";
    var _LGFUR = "ListGroupsForUserRequest";
    var _LGFURi = "ListGroupsForUserResponse";
    var _LGP = "ListGroupPolicies";
    var _LGPR = "ListGroupPoliciesRequest";
    var _LGPRi = "ListGroupPoliciesResponse";
    var _LGR = "ListGroupsRequest";
    var _LGRi = "ListGroupsResponse";
    var _LIP = "ListInstanceProfiles";
    var _LIPFR = "ListInstanceProfilesForRole";
    var _LIPFRR = "ListInstanceProfilesForRoleRequest";
    var _LIPFRRi = "ListInstanceProfilesForRoleResponse";
    var _LIPR = "ListInstanceProfilesRequest";
    var _LIPRi = "ListInstanceProfilesResponse";
    var _LIPT = "ListInstanceProfileTags";
    var _LIPTR = "ListInstanceProfileTagsRequest";
    var _LIPTRi = "ListInstanceProfileTagsResponse";
    var _LMFAD = "ListMFADevices";
    var _LMFADR = "ListMFADevicesRequest";
    var _LMFADRi = "ListMFADevicesResponse";
    var _LMFADT = "ListMFADeviceTags";
    var _LMFADTR = "ListMFADeviceTagsRequest";
    var _LMFADTRi = "ListMFADeviceTagsResponse";
    var _LOF = "ListOrganizationsFeatures";
    var _LOFR = "ListOrganizationsFeaturesRequest";
    var _LOFRi = "ListOrganizationsFeaturesResponse";
    var _LOIDCP = "ListOpenIDConnectProviders";
    var _LOIDCPR = "ListOpenIDConnectProvidersRequest";
    var _LOIDCPRi = "ListOpenIDConnectProvidersResponse";
    var _LOIDCPT = "ListOpenIDConnectProviderTags";
    var _LOIDCPTR = "ListOpenIDConnectProviderTagsRequest";
    var _LOIDCPTRi = "ListOpenIDConnectProviderTagsResponse";
    var _LP = "LoginProfile";
    var _LPGSA = "ListPoliciesGrantingServiceAccess";
    var _LPGSAE = "ListPoliciesGrantingServiceAccessEntry";
    var _LPGSAR = "ListPoliciesGrantingServiceAccessRequest";
    var _LPGSARi = "ListPoliciesGrantingServiceAccessResponse";
    var _LPR = "ListPoliciesRequest";
    var _LPRi = "ListPoliciesResponse";
    var _LPT = "ListPolicyTags";
    var _LPTR = "ListPolicyTagsRequest";
    var _LPTRi = "ListPolicyTagsResponse";
    var _LPV = "ListPolicyVersions";
    var _LPVR = "ListPolicyVersionsRequest";
    var _LPVRi = "ListPolicyVersionsResponse";
    var _LPi = "ListPolicies";
    var _LR = "ListRoles";
    var _LRP = "ListRolePolicies";
    var _LRPR = "ListRolePoliciesRequest";
    var _LRPRi = "ListRolePoliciesResponse";
    var _LRR = "ListRolesRequest";
    var _LRRi = "ListRolesResponse";
    var _LRT = "ListRoleTags";
    var _LRTR = "ListRoleTagsRequest";
    var _LRTRi = "ListRoleTagsResponse";
    var _LSAMLP = "ListSAMLProviders";
    var _LSAMLPR = "ListSAMLProvidersRequest";
    var _LSAMLPRi = "ListSAMLProvidersResponse";
    var _LSAMLPT = "ListSAMLProviderTags";
    var _LSAMLPTR = "ListSAMLProviderTagsRequest";
    var _LSAMLPTRi = "ListSAMLProviderTagsResponse";
    var _LSC = "ListServerCertificates";
    var _LSCR = "ListServerCertificatesRequest";
    var _LSCRi = "ListServerCertificatesResponse";
    var _LSCRis = "ListSigningCertificatesRequest";
    var _LSCRist = "ListSigningCertificatesResponse";
    var _LSCT = "ListServerCertificateTags";
    var _LSCTR = "ListServerCertificateTagsRequest";
    var _LSCTRi = "ListServerCertificateTagsResponse";
    var _LSCi = "ListSigningCertificates";
    var _LSSC = "ListServiceSpecificCredentials";
    var _LSSCR = "ListServiceSpecificCredentialsRequest";
    var _LSSCRi = "ListServiceSpecificCredentialsResponse";
    var _LSSHPK = "ListSSHPublicKeys";
    var _LSSHPKR = "ListSSHPublicKeysRequest";
    var _LSSHPKRi = "ListSSHPublicKeysResponse";
    var _LU = "ListUsers";
    var _LUD = "LastUsedDate";
    var _LUP = "ListUserPolicies";
    var _LUPR = "ListUserPoliciesRequest";
    var _LUPRi = "ListUserPoliciesResponse";
    var _LUR = "ListUsersRequest";
    var _LURi = "ListUsersResponse";
    var _LUT = "ListUserTags";
    var _LUTR = "ListUserTagsRequest";
    var _LUTRi = "ListUserTagsResponse";
    var _LVMFAD = "ListVirtualMFADevices";
    var _LVMFADR = "ListVirtualMFADevicesRequest";
    var _LVMFADRi = "ListVirtualMFADevicesResponse";
    var _Li = "Line";
    var _M = "Message";
    var _MBT = "ManagedByType";
    var _MBV = "ManagedByValue";
    var _MCE = "MalformedCertificateException";
    var _MCV = "MissingContextValues";
    var _MFAD = "MFADevices";
    var _MFADe = "MFADevice";
    var _MI = "MaxItems";
    var _MPA = "MaxPasswordAge";
    var _MPAa = "ManagedPolicyArns";
    var _MPD = "ManagedPolicyDetail";
    var _MPDE = "MalformedPolicyDocumentException";
    var _MPDLT = "ManagedPolicyDetailListType";
    var _MPL = "MinimumPasswordLength";
    var _MS = "MatchedStatements";
    var _MSD = "MaxSessionDuration";
    var _MV = "MinorVersion";
    var _MVa = "MajorVersion";
    var _Ma = "Marker";
    var _N = "Name";
    var _NC = "NotificationChannel";
    var _NCE = "NameConflictException";
    var _NGN = "NewGroupName";
    var _NOSA = "NumberOfServicesAccessible";
    var _NOSNA = "NumberOfServicesNotAccessed";
    var _NP = "NewPassword";
    var _NPe = "NewPath";
    var _NSCN = "NewServerCertificateName";
    var _NSEE = "NoSuchEntityException";
    var _NUN = "NewUserName";
    var _No = "Notes";
    var _OA = "OnlyAttached";
    var _OAI = "OwnerAccountId";
    var _ODD = "OrganizationsDecisionDetail";
    var _OI = "OwnerId";
    var _OIDCPA = "OpenIDConnectProviderArn";
    var _OIDCPL = "OpenIDConnectProviderList";
    var _OIDCPLE = "OpenIDConnectProviderListEntry";
    var _OIDCPLT = "OpenIDConnectProviderListType";
    var _OIICEE = "OpenIdIdpCommunicationErrorException";
    var _OIr = "OrganizationId";
    var _ONFE = "OrganizationNotFoundException";
    var _ONIAFME = "OrganizationNotInAllFeaturesModeException";
    var _OOPIL = "OrderedOrganizationPolicyInputList";
    var _OOPT = "OrderedOrganizationPolicyType";
    var _OP = "OldPassword";
    var _OPI = "OrganizationsPolicyId";
    var _OPLT = "OrganizationPolicyListType";
    var _OSBO = "OnlySendByOwner";
    var _P = "Permissions";
    var _PA = "PolicyArn";
    var _PAP = "PutAccountProperties";
    var _PAPR = "PutAccountPropertiesRequest";
    var _PAPRu = "PutAccountPropertiesResponse";
    var _PB = "PermissionsBoundary";
    var _PBA = "PermissionsBoundaryArn";
    var _PBAe = "PermissionBoundaryArn";
    var _PBDD = "PermissionsBoundaryDecisionDetail";
    var _PBPIL = "PermissionsBoundaryPolicyInputList";
    var _PBT = "PermissionsBoundaryType";
    var _PBUC = "PermissionsBoundaryUsageCount";
    var _PCR = "PermissionCheckResult";
    var _PCS = "PermissionCheckStatus";
    var _PD = "PolicyDocument";
    var _PDa = "ParameterDefinition";
    var _PDar = "ParametersDefinition";
    var _PDo = "PolicyDetail";
    var _PEE = "PolicyEvaluationException";
    var _PEL = "PolicyExclusionList";
    var _PELT = "PolicyExclusionsListType";
    var _PG = "PolicyGroups";
    var _PGLT = "PolicyGroupListType";
    var _PGP = "PutGroupPolicy";
    var _PGPR = "PutGroupPolicyRequest";
    var _PGSA = "PoliciesGrantingServiceAccess";
    var _PGSAo = "PolicyGrantingServiceAccess";
    var _PGo = "PolicyGroup";
    var _PI = "PolicyId";
    var _PIL = "PolicyInputList";
    var _PIo = "PolicyIdentifier";
    var _PK = "PrivateKey";
    var _PKL = "PrivateKeyList";
    var _PLU = "PasswordLastUsed";
    var _PN = "PolicyName";
    var _PNAE = "PolicyNotAttachableException";
    var _PNo = "PolicyNames";
    var _PP = "PermissionPolicy";
    var _PPVE = "PasswordPolicyViolationException";
    var _PPa = "PasswordPolicy";
    var _PPat = "PathPrefix";
    var _PPo = "PolicyParameter";
    var _PR = "PolicyRoles";
    var _PRLT = "PolicyRoleListType";
    var _PRP = "PasswordReusePrevention";
    var _PRPB = "PutRolePermissionsBoundary";
    var _PRPBR = "PutRolePermissionsBoundaryRequest";
    var _PRPR = "PutRolePolicyRequest";
    var _PRPu = "PutRolePolicy";
    var _PRR = "PasswordResetRequired";
    var _PRo = "PolicyRole";
    var _PSA = "PolicySourceArn";
    var _PT = "PolicyType";
    var _PTA = "PolicyTemplateArn";
    var _PU = "PolicyUsers";
    var _PUF = "PolicyUsageFilter";
    var _PULT = "PolicyUserListType";
    var _PUP = "PutUserPolicy";
    var _PUPB = "PutUserPermissionsBoundary";
    var _PUPBR = "PutUserPermissionsBoundaryRequest";
    var _PUPR = "PutUserPolicyRequest";
    var _PUo = "PolicyUser";
    var _PV = "PolicyVersion";
    var _PVL = "PolicyVersionList";
    var _Pa = "Path";
    var _Par = "Parameters";
    var _Pas = "Password";
    var _Po = "Policy";
    var _Pol = "Policies";
    var _Pos = "Position";
    var _Pr = "Properties";
    var _QRCPNG = "QRCodePNG";
    var _R = "Region";
    var _RA = "ResourceArns";
    var _RCIDFOIDCP = "RemoveClientIDFromOpenIDConnectProvider";
    var _RCIDFOIDCPR = "RemoveClientIDFromOpenIDConnectProviderRequest";
    var _RD = "RoleDetail";
    var _RDL = "RoleDetailList";
    var _RDP = "RoleDescriptionPattern";
    var _RDR = "RejectDelegationRequest";
    var _RDRR = "RejectDelegationRequestRequest";
    var _RF = "ReportFormat";
    var _RGLEE = "ReportGenerationLimitExceededException";
    var _RHO = "ResourceHandlingOption";
    var _RI = "RequestorId";
    var _RIo = "RoleId";
    var _RLC = "RequireLowercaseCharacters";
    var _RLU = "RoleLastUsed";
    var _RM = "RequestMessage";
    var _RME = "RoleModifiedException";
    var _RMFAD = "ResyncMFADevice";
    var _RMFADR = "ResyncMFADeviceRequest";
    var _RN = "RoleName";
    var _RNP = "RoleNamePattern";
    var _RNe = "RequestorName";
    var _RNeq = "RequireNumbers";
    var _RO = "ResourceOwner";
    var _RP = "ResourcePolicy";
    var _RPK = "RemovePrivateKey";
    var _RPL = "RolePolicyList";
    var _RPP = "RolePathPattern";
    var _RPRA = "RolePermissionRestrictionArns";
    var _RR = "RejectionReason";
    var _RRFIP = "RemoveRoleFromInstanceProfile";
    var _RRFIPR = "RemoveRoleFromInstanceProfileRequest";
    var _RS = "RequireSymbols";
    var _RSR = "ResourceSpecificResults";
    var _RSRLT = "ResourceSpecificResultListType";
    var _RSRe = "ResourceSpecificResult";
    var _RSSC = "ResetServiceSpecificCredential";
    var _RSSCR = "ResetServiceSpecificCredentialRequest";
    var _RSSCRe = "ResetServiceSpecificCredentialResponse";
    var _RTDE = "RoleTemplateDisabledException";
    var _RTT = "RoleTagsTemplate";
    var _RTV = "RoleTemplateVersion";
    var _RU = "RedirectUrl";
    var _RUC = "RequireUppercaseCharacters";
    var _RUFG = "RemoveUserFromGroup";
    var _RUFGR = "RemoveUserFromGroupRequest";
    var _RUL = "RoleUsageList";
    var _RULT = "RoleUsageListType";
    var _RUT = "RoleUsageType";
    var _RV = "ReplacementValues";
    var _RVE = "ReplacementValueEntry";
    var _RWI = "RequestorWorkflowId";
    var _Re = "Reason";
    var _Res = "Resources";
    var _Ro = "Role";
    var _Rol = "Roles";
    var _S = "Status";
    var _SAD = "SetAsDefault";
    var _SAK = "SecretAccessKey";
    var _SAMLMD = "SAMLMetadataDocument";
    var _SAMLPA = "SAMLProviderArn";
    var _SAMLPK = "SAMLPrivateKey";
    var _SAMLPL = "SAMLProviderList";
    var _SAMLPLE = "SAMLProviderListEntry";
    var _SAMLPLT = "SAMLProviderListType";
    var _SAMLPUUID = "SAMLProviderUUID";
    var _SANEE = "ServiceAccessNotEnabledException";
    var _SC = "SummaryContent";
    var _SCA = "ServiceCredentialAlias";
    var _SCI = "ServerCertificateId";
    var _SCM = "ServerCertificateMetadata";
    var _SCML = "ServerCertificateMetadataList";
    var _SCN = "ServerCertificateName";
    var _SCP = "SimulateCustomPolicy";
    var _SCPIL = "ServiceControlPolicyInputList";
    var _SCPR = "SimulateCustomPolicyRequest";
    var _SCS = "ServiceCredentialSecret";
    var _SCe = "ServerCertificate";
    var _SCi = "SigningCertificate";
    var _SD = "SessionDuration";
    var _SDPV = "SetDefaultPolicyVersion";
    var _SDPVR = "SetDefaultPolicyVersionRequest";
    var _SDT = "SendDelegationToken";
    var _SDTR = "SendDelegationTokenRequest";
    var _SFE = "ServiceFailureException";
    var _SK = "SortKey";
    var _SLA = "ServicesLastAccessed";
    var _SLAe = "ServiceLastAccessed";
    var _SLT = "StatementListType";
    var _SM = "SummaryMap";
    var _SN = "ServiceName";
    var _SNSE = "ServiceNotSupportedException";
    var _SNe = "ServiceNamespace";
    var _SNer = "SerialNumber";
    var _SNerv = "ServiceNamespaces";
    var _SP = "ServicePassword";
    var _SPI = "SourcePolicyId";
    var _SPP = "SimulatePrincipalPolicy";
    var _SPPR = "SimulatePrincipalPolicyRequest";
    var _SPR = "SimulatePolicyResponse";
    var _SPT = "SourcePolicyType";
    var _SPt = "StartPosition";
    var _SRT = "SourceRoleTemplate";
    var _SS = "SummaryState";
    var _SSC = "ServiceSpecificCredential";
    var _SSCI = "ServiceSpecificCredentialId";
    var _SSCLT = "ServiceSpecificCredentialsListType";
    var _SSCM = "ServiceSpecificCredentialMetadata";
    var _SSCe = "ServiceSpecificCredentials";
    var _SSHPK = "SSHPublicKey";
    var _SSHPKB = "SSHPublicKeyBody";
    var _SSHPKI = "SSHPublicKeyId";
    var _SSHPKLT = "SSHPublicKeyListType";
    var _SSHPKM = "SSHPublicKeyMetadata";
    var _SSHPKu = "SSHPublicKeys";
    var _SSTSP = "SetSecurityTokenServicePreferences";
    var _SSTSPR = "SetSecurityTokenServicePreferencesRequest";
    var _ST = "SubType";
    var _SUN = "ServiceUserName";
    var _Sc = "Scope";
    var _St = "State";
    var _Sta = "Statement";
    var _T = "Tags";
    var _TA = "TemplateArn";
    var _TAE = "TotalAuthenticatedEntities";
    var _TALA = "TrackedActionsLastAccessed";
    var _TALAr = "TrackedActionLastAccessed";
    var _TIP = "TagInstanceProfile";
    var _TIPR = "TagInstanceProfileRequest";
    var _TK = "TagKeys";
    var _TL = "ThumbprintList";
    var _TMFAD = "TagMFADevice";
    var _TMFADR = "TagMFADeviceRequest";
    var _TMV = "TemplateMinorVersion";
    var _TN = "TemplateName";
    var _TOIDCP = "TagOpenIDConnectProvider";
    var _TOIDCPR = "TagOpenIDConnectProviderRequest";
    var _TP = "TagPolicy";
    var _TPR = "TagPolicyRequest";
    var _TR = "TagRole";
    var _TRR = "TagRoleRequest";
    var _TSAMLP = "TagSAMLProvider";
    var _TSAMLPR = "TagSAMLProviderRequest";
    var _TSC = "TagServerCertificate";
    var _TSCR = "TagServerCertificateRequest";
    var _TT = "TagTemplate";
    var _TU = "TagUser";
    var _TUR = "TagUserRequest";
    var _TVI = "TemplateVersionId";
    var _Ta = "Tag";
    var _Ti = "Timestamp";
    var _Ty = "Type";
    var _U = "Url";
    var _UAK = "UpdateAccessKey";
    var _UAKR = "UpdateAccessKeyRequest";
    var _UAPP = "UpdateAccountPasswordPolicy";
    var _UAPPR = "UpdateAccountPasswordPolicyRequest";
    var _UARP = "UpdateAssumeRolePolicy";
    var _UARPR = "UpdateAssumeRolePolicyRequest";
    var _UD = "UpdateDate";
    var _UDL = "UserDetailList";
    var _UDR = "UpdateDelegationRequest";
    var _UDRR = "UpdateDelegationRequestRequest";
    var _UDp = "UploadDate";
    var _UDs = "UserDetail";
    var _UEE = "UnmodifiableEntityException";
    var _UG = "UpdateGroup";
    var _UGR = "UpdateGroupRequest";
    var _UI = "UserId";
    var _UIP = "UntagInstanceProfile";
    var _UIPR = "UntagInstanceProfileRequest";
    var _ULP = "UpdateLoginProfile";
    var _ULPR = "UpdateLoginProfileRequest";
    var _UMFAD = "UntagMFADevice";
    var _UMFADR = "UntagMFADeviceRequest";
    var _UN = "UserName";
    var _UOIDCP = "UntagOpenIDConnectProvider";
    var _UOIDCPR = "UntagOpenIDConnectProviderRequest";
    var _UOIDCPT = "UpdateOpenIDConnectProviderThumbprint";
    var _UOIDCPTR = "UpdateOpenIDConnectProviderThumbprintRequest";
    var _UP = "UntagPolicy";
    var _UPKEE = "UnrecognizedPublicKeyEncodingException";
    var _UPL = "UserPolicyList";
    var _UPR = "UntagPolicyRequest";
    var _UR = "UntagRole";
    var _URD = "UpdateRoleDescription";
    var _URDR = "UpdateRoleDescriptionRequest";
    var _URDRp = "UpdateRoleDescriptionResponse";
    var _URR = "UntagRoleRequest";
    var _URRp = "UpdateRoleRequest";
    var _URRpd = "UpdateRoleResponse";
    var _URp = "UpdateRole";
    var _USAMLP = "UntagSAMLProvider";
    var _USAMLPR = "UntagSAMLProviderRequest";
    var _USAMLPRp = "UpdateSAMLProviderRequest";
    var _USAMLPRpd = "UpdateSAMLProviderResponse";
    var _USAMLPp = "UpdateSAMLProvider";
    var _USC = "UntagServerCertificate";
    var _USCR = "UntagServerCertificateRequest";
    var _USCRp = "UpdateServerCertificateRequest";
    var _USCRpd = "UpdateSigningCertificateRequest";
    var _USCRpl = "UploadServerCertificateRequest";
    var _USCRplo = "UploadServerCertificateResponse";
    var _USCRploa = "UploadSigningCertificateRequest";
    var _USCRpload = "UploadSigningCertificateResponse";
    var _USCp = "UpdateServerCertificate";
    var _USCpd = "UpdateSigningCertificate";
    var _USCpl = "UploadServerCertificate";
    var _USCplo = "UploadSigningCertificate";
    var _USSC = "UpdateServiceSpecificCredential";
    var _USSCR = "UpdateServiceSpecificCredentialRequest";
    var _USSHPK = "UpdateSSHPublicKey";
    var _USSHPKR = "UpdateSSHPublicKeyRequest";
    var _USSHPKRp = "UploadSSHPublicKeyRequest";
    var _USSHPKRpl = "UploadSSHPublicKeyResponse";
    var _USSHPKp = "UploadSSHPublicKey";
    var _UT = "UpdatedTime";
    var _UTp = "UpdateTimestamp";
    var _UU = "UntagUser";
    var _UUR = "UntagUserRequest";
    var _UURp = "UpdateUserRequest";
    var _UUp = "UpdateUser";
    var _Us = "User";
    var _Use = "Users";
    var _V = "Versions";
    var _VE = "VersionEnabled";
    var _VI = "VersionId";
    var _VMFAD = "VirtualMFADevice";
    var _VMFADN = "VirtualMFADeviceName";
    var _VMFADi = "VirtualMFADevices";
    var _VU = "ValidUntil";
    var _Va = "Values";
    var _Val = "Value";
    var _aKMLT = "accessKeyMetadataListType";
    var _aKST = "accessKeySecretType";
    var _aPLT = "attachedPoliciesListType";
    var _aQE = "awsQueryError";
    var _c = "client";
    var _cLT = "certificateListType";
    var _dRLT = "delegationRequestsListType";
    var _e = "error";
    var _eDLT = "entityDetailsListType";
    var _gDLT = "groupDetailListType";
    var _gLT = "groupListType";
    var _hE = "httpError";
    var _iPLT = "instanceProfileListType";
    var _iPTLT = "inlinePolicyTemplateListType";
    var _iT = "isTruncated";
    var _lPGSARLT = "listPolicyGrantingServiceAccessResponseListType";
    var _m = "message";
    var _mDLT = "mfaDeviceListType";
    var _mSRVE = "mapStringReplacementValueEntry";
    var _pDLT = "parametersDefinitionListType";
    var _pDLTo = "policyDetailListType";
    var _pDVLT = "policyDocumentVersionListType";
    var _pGSALT = "policyGrantingServiceAccessListType";
    var _pKL = "privateKeyList";
    var _pKT = "privateKeyType";
    var _pLT = "policyListType";
    var _pPLT = "policyParameterListType";
    var _pT = "passwordType";
    var _rDLT = "roleDetailListType";
    var _rLT = "roleListType";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.iam";
    var _sCMLT = "serverCertificateMetadataListType";
    var _sCS = "serviceCredentialSecret";
    var _sP = "servicePassword";
    var _se = "server";
    var _tLT = "tagListType";
    var _tTLT = "tagTemplateListType";
    var _uDLT = "userDetailListType";
    var _uLT = "userListType";
    var _vMFADLT = "virtualMFADeviceListType";
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
    var accessKeySecretType = [0, n0, _aKST, 8, 0];
    var BootstrapDatum = [0, n0, _BD, 8, 21];
    var passwordType = [0, n0, _pT, 8, 0];
    var privateKeyType = [0, n0, _pKT, 8, 0];
    var serviceCredentialSecret = [0, n0, _sCS, 8, 0];
    var servicePassword = [0, n0, _sP, 8, 0];
    var AcceptDelegationRequestRequest$ = [
      3,
      n0,
      _ADRR,
      0,
      [_DRI],
      [0],
      1
    ];
    var AccessDetail$ = [
      3,
      n0,
      _AD,
      0,
      [_SN, _SNe, _R, _EP, _LAT, _TAE],
      [0, 0, 0, 0, 4, 1],
      2
    ];
    var AccessKey$ = [
      3,
      n0,
      _AK,
      0,
      [_UN, _AKI, _S, _SAK, _CD],
      [0, 0, 0, [() => accessKeySecretType, 0], 4],
      4
    ];
    var AccessKeyLastUsed$ = [
      3,
      n0,
      _AKLU,
      0,
      [_SN, _R, _LUD],
      [0, 0, 4],
      2
    ];
    var AccessKeyMetadata$ = [
      3,
      n0,
      _AKM,
      0,
      [_UN, _AKI, _S, _CD],
      [0, 0, 0, 4]
    ];
    var AcquireRoleRequest$ = [
      3,
      n0,
      _ARR,
      0,
      [_TA, _TMV, _RV],
      [0, 1, () => mapStringReplacementValueEntry],
      1
    ];
    var AcquireRoleResponse$ = [
      3,
      n0,
      _ARRc,
      0,
      [_Ro],
      [() => Role$],
      1
    ];
    var AddClientIDToOpenIDConnectProviderRequest$ = [
      3,
      n0,
      _ACIDTOIDCPR,
      0,
      [_OIDCPA, _CID],
      [0, 0],
      2
    ];
    var AddRoleToInstanceProfileRequest$ = [
      3,
      n0,
      _ARTIPR,
      0,
      [_IPN, _RN],
      [0, 0],
      2
    ];
    var AddUserToGroupRequest$ = [
      3,
      n0,
      _AUTGR,
      0,
      [_GN, _UN],
      [0, 0],
      2
    ];
    var AssociateDelegationRequestRequest$ = [
      3,
      n0,
      _ADRRs,
      0,
      [_DRI],
      [0],
      1
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
    var AttachGroupPolicyRequest$ = [
      3,
      n0,
      _AGPR,
      0,
      [_GN, _PA],
      [0, 0],
      2
    ];
    var AttachRolePolicyRequest$ = [
      3,
      n0,
      _ARPR,
      0,
      [_RN, _PA],
      [0, 0],
      2
    ];
    var AttachUserPolicyRequest$ = [
      3,
      n0,
      _AUPR,
      0,
      [_UN, _PA],
      [0, 0],
      2
    ];
    var ChangePasswordRequest$ = [
      3,
      n0,
      _CPR,
      0,
      [_OP, _NP],
      [[() => passwordType, 0], [() => passwordType, 0]],
      2
    ];
    var ContextEntry$ = [
      3,
      n0,
      _CE,
      0,
      [_CKN, _CKV, _CKT],
      [0, 64 | 0, 0]
    ];
    var CreateAccessKeyRequest$ = [
      3,
      n0,
      _CAKR,
      0,
      [_UN],
      [0]
    ];
    var CreateAccessKeyResponse$ = [
      3,
      n0,
      _CAKRr,
      0,
      [_AK],
      [[() => AccessKey$, 0]],
      1
    ];
    var CreateAccountAliasRequest$ = [
      3,
      n0,
      _CAAR,
      0,
      [_AA],
      [0],
      1
    ];
    var CreateDelegationRequestRequest$ = [
      3,
      n0,
      _CDRR,
      0,
      [_D, _P, _RWI, _NC, _SD, _OAI, _RM, _RU, _OSBO],
      [0, () => DelegationPermission$, 0, 0, 1, 0, 0, 0, 2],
      5
    ];
    var CreateDelegationRequestResponse$ = [
      3,
      n0,
      _CDRRr,
      0,
      [_CDL, _DRI],
      [0, 0]
    ];
    var CreateGroupRequest$ = [
      3,
      n0,
      _CGR,
      0,
      [_GN, _Pa],
      [0, 0],
      1
    ];
    var CreateGroupResponse$ = [
      3,
      n0,
      _CGRr,
      0,
      [_G],
      [() => Group$],
      1
    ];
    var CreateInstanceProfileRequest$ = [
      3,
      n0,
      _CIPR,
      0,
      [_IPN, _Pa, _T],
      [0, 0, () => tagListType],
      1
    ];
    var CreateInstanceProfileResponse$ = [
      3,
      n0,
      _CIPRr,
      0,
      [_IP],
      [() => InstanceProfile$],
      1
    ];
    var CreateLoginProfileRequest$ = [
      3,
      n0,
      _CLPR,
      0,
      [_UN, _Pas, _PRR],
      [0, [() => passwordType, 0], 2]
    ];
    var CreateLoginProfileResponse$ = [
      3,
      n0,
      _CLPRr,
      0,
      [_LP],
      [() => LoginProfile$],
      1
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
    var CreateOpenIDConnectProviderResponse$ = [
      3,
      n0,
      _COIDCPRr,
      0,
      [_OIDCPA, _T],
      [0, () => tagListType]
    ];
    var CreatePolicyRequest$ = [
      3,
      n0,
      _CPRr,
      0,
      [_PN, _PD, _Pa, _D, _T],
      [0, 0, 0, 0, () => tagListType],
      2
    ];
    var CreatePolicyResponse$ = [
      3,
      n0,
      _CPRre,
      0,
      [_Po],
      [() => Policy$]
    ];
    var CreatePolicyVersionRequest$ = [
      3,
      n0,
      _CPVR,
      0,
      [_PA, _PD, _SAD],
      [0, 0, 2],
      2
    ];
    var CreatePolicyVersionResponse$ = [
      3,
      n0,
      _CPVRr,
      0,
      [_PV],
      [() => PolicyVersion$]
    ];
    var CreateRoleRequest$ = [
      3,
      n0,
      _CRR,
      0,
      [_RN, _ARPD, _Pa, _D, _MSD, _PB, _T],
      [0, 0, 0, 0, 1, 0, () => tagListType],
      2
    ];
    var CreateRoleResponse$ = [
      3,
      n0,
      _CRRr,
      0,
      [_Ro],
      [() => Role$],
      1
    ];
    var CreateSAMLProviderRequest$ = [
      3,
      n0,
      _CSAMLPR,
      0,
      [_SAMLMD, _N, _T, _AEM, _APK],
      [0, 0, () => tagListType, 0, [() => privateKeyType, 0]],
      2
    ];
    var CreateSAMLProviderResponse$ = [
      3,
      n0,
      _CSAMLPRr,
      0,
      [_SAMLPA, _T],
      [0, () => tagListType]
    ];
    var CreateServiceLinkedRoleRequest$ = [
      3,
      n0,
      _CSLRR,
      0,
      [_AWSSN, _D, _CS],
      [0, 0, 0],
      1
    ];
    var CreateServiceLinkedRoleResponse$ = [
      3,
      n0,
      _CSLRRr,
      0,
      [_Ro],
      [() => Role$]
    ];
    var CreateServiceSpecificCredentialRequest$ = [
      3,
      n0,
      _CSSCR,
      0,
      [_UN, _SN, _CAD],
      [0, 0, 1],
      2
    ];
    var CreateServiceSpecificCredentialResponse$ = [
      3,
      n0,
      _CSSCRr,
      0,
      [_SSC],
      [[() => ServiceSpecificCredential$, 0]]
    ];
    var CreateUserRequest$ = [
      3,
      n0,
      _CUR,
      0,
      [_UN, _Pa, _PB, _T],
      [0, 0, 0, () => tagListType],
      1
    ];
    var CreateUserResponse$ = [
      3,
      n0,
      _CURr,
      0,
      [_Us],
      [() => User$]
    ];
    var CreateVirtualMFADeviceRequest$ = [
      3,
      n0,
      _CVMFADR,
      0,
      [_VMFADN, _Pa, _T],
      [0, 0, () => tagListType],
      1
    ];
    var CreateVirtualMFADeviceResponse$ = [
      3,
      n0,
      _CVMFADRr,
      0,
      [_VMFAD],
      [[() => VirtualMFADevice$, 0]],
      1
    ];
    var DeactivateMFADeviceRequest$ = [
      3,
      n0,
      _DMFADR,
      0,
      [_SNer, _UN],
      [0, 0],
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
    var DeleteAccessKeyRequest$ = [
      3,
      n0,
      _DAKR,
      0,
      [_AKI, _UN],
      [0, 0],
      1
    ];
    var DeleteAccountAliasRequest$ = [
      3,
      n0,
      _DAAR,
      0,
      [_AA],
      [0],
      1
    ];
    var DeleteGroupPolicyRequest$ = [
      3,
      n0,
      _DGPR,
      0,
      [_GN, _PN],
      [0, 0],
      2
    ];
    var DeleteGroupRequest$ = [
      3,
      n0,
      _DGR,
      0,
      [_GN],
      [0],
      1
    ];
    var DeleteInstanceProfileRequest$ = [
      3,
      n0,
      _DIPR,
      0,
      [_IPN],
      [0],
      1
    ];
    var DeleteLoginProfileRequest$ = [
      3,
      n0,
      _DLPR,
      0,
      [_UN],
      [0]
    ];
    var DeleteOpenIDConnectProviderRequest$ = [
      3,
      n0,
      _DOIDCPR,
      0,
      [_OIDCPA],
      [0],
      1
    ];
    var DeletePolicyRequest$ = [
      3,
      n0,
      _DPR,
      0,
      [_PA],
      [0],
      1
    ];
    var DeletePolicyVersionRequest$ = [
      3,
      n0,
      _DPVR,
      0,
      [_PA, _VI],
      [0, 0],
      2
    ];
    var DeleteRolePermissionsBoundaryRequest$ = [
      3,
      n0,
      _DRPBR,
      0,
      [_RN],
      [0],
      1
    ];
    var DeleteRolePolicyRequest$ = [
      3,
      n0,
      _DRPR,
      0,
      [_RN, _PN],
      [0, 0],
      2
    ];
    var DeleteRoleRequest$ = [
      3,
      n0,
      _DRR,
      0,
      [_RN],
      [0],
      1
    ];
    var DeleteSAMLProviderRequest$ = [
      3,
      n0,
      _DSAMLPR,
      0,
      [_SAMLPA],
      [0],
      1
    ];
    var DeleteServerCertificateRequest$ = [
      3,
      n0,
      _DSCR,
      0,
      [_SCN],
      [0],
      1
    ];
    var DeleteServiceLinkedRoleRequest$ = [
      3,
      n0,
      _DSLRR,
      0,
      [_RN],
      [0],
      1
    ];
    var DeleteServiceLinkedRoleResponse$ = [
      3,
      n0,
      _DSLRRe,
      0,
      [_DTI],
      [0],
      1
    ];
    var DeleteServiceSpecificCredentialRequest$ = [
      3,
      n0,
      _DSSCR,
      0,
      [_SSCI, _UN],
      [0, 0],
      1
    ];
    var DeleteSigningCertificateRequest$ = [
      3,
      n0,
      _DSCRe,
      0,
      [_CI, _UN],
      [0, 0],
      1
    ];
    var DeleteSSHPublicKeyRequest$ = [
      3,
      n0,
      _DSSHPKR,
      0,
      [_UN, _SSHPKI],
      [0, 0],
      2
    ];
    var DeleteUserPermissionsBoundaryRequest$ = [
      3,
      n0,
      _DUPBR,
      0,
      [_UN],
      [0],
      1
    ];
    var DeleteUserPolicyRequest$ = [
      3,
      n0,
      _DUPR,
      0,
      [_UN, _PN],
      [0, 0],
      2
    ];
    var DeleteUserRequest$ = [
      3,
      n0,
      _DUR,
      0,
      [_UN],
      [0],
      1
    ];
    var DeleteVirtualMFADeviceRequest$ = [
      3,
      n0,
      _DVMFADR,
      0,
      [_SNer],
      [0],
      1
    ];
    var DeletionTaskFailureReasonType$ = [
      3,
      n0,
      _DTFRT,
      0,
      [_Re, _RUL],
      [0, () => RoleUsageListType]
    ];
    var DetachGroupPolicyRequest$ = [
      3,
      n0,
      _DGPRe,
      0,
      [_GN, _PA],
      [0, 0],
      2
    ];
    var DetachRolePolicyRequest$ = [
      3,
      n0,
      _DRPRe,
      0,
      [_RN, _PA],
      [0, 0],
      2
    ];
    var DetachUserPolicyRequest$ = [
      3,
      n0,
      _DUPRe,
      0,
      [_UN, _PA],
      [0, 0],
      2
    ];
    var DisableOrganizationsRootCredentialsManagementRequest$ = [
      3,
      n0,
      _DORCMR,
      0,
      [],
      []
    ];
    var DisableOrganizationsRootCredentialsManagementResponse$ = [
      3,
      n0,
      _DORCMRi,
      0,
      [_OIr, _EF],
      [0, 64 | 0]
    ];
    var DisableOrganizationsRootSessionsRequest$ = [
      3,
      n0,
      _DORSR,
      0,
      [],
      []
    ];
    var DisableOrganizationsRootSessionsResponse$ = [
      3,
      n0,
      _DORSRi,
      0,
      [_OIr, _EF],
      [0, 64 | 0]
    ];
    var EnableMFADeviceRequest$ = [
      3,
      n0,
      _EMFADR,
      0,
      [_UN, _SNer, _AC, _ACu],
      [0, 0, 0, 0],
      4
    ];
    var EnableOrganizationsRootCredentialsManagementRequest$ = [
      3,
      n0,
      _EORCMR,
      0,
      [],
      []
    ];
    var EnableOrganizationsRootCredentialsManagementResponse$ = [
      3,
      n0,
      _EORCMRn,
      0,
      [_OIr, _EF],
      [0, 64 | 0]
    ];
    var EnableOrganizationsRootSessionsRequest$ = [
      3,
      n0,
      _EORSR,
      0,
      [],
      []
    ];
    var EnableOrganizationsRootSessionsResponse$ = [
      3,
      n0,
      _EORSRn,
      0,
      [_OIr, _EF],
      [0, 64 | 0]
    ];
    var EnableOutboundWebIdentityFederationResponse$ = [
      3,
      n0,
      _EOWIFR,
      0,
      [_II],
      [0]
    ];
    var EntityDetails$ = [
      3,
      n0,
      _ED,
      0,
      [_EI, _LA],
      [() => EntityInfo$, 4],
      1
    ];
    var EntityInfo$ = [
      3,
      n0,
      _EI,
      0,
      [_A, _N, _Ty, _I, _Pa],
      [0, 0, 0, 0, 0],
      4
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
    var GenerateCredentialReportResponse$ = [
      3,
      n0,
      _GCRR,
      0,
      [_St, _D],
      [0, 0]
    ];
    var GenerateOrganizationsAccessReportRequest$ = [
      3,
      n0,
      _GOARR,
      0,
      [_EP, _OPI],
      [0, 0],
      1
    ];
    var GenerateOrganizationsAccessReportResponse$ = [
      3,
      n0,
      _GOARRe,
      0,
      [_JI],
      [0]
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
    var GetAccessKeyLastUsedRequest$ = [
      3,
      n0,
      _GAKLUR,
      0,
      [_AKI],
      [0],
      1
    ];
    var GetAccessKeyLastUsedResponse$ = [
      3,
      n0,
      _GAKLURe,
      0,
      [_UN, _AKLU],
      [0, () => AccessKeyLastUsed$]
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
    var GetAccountPasswordPolicyResponse$ = [
      3,
      n0,
      _GAPPR,
      0,
      [_PPa],
      [() => PasswordPolicy$],
      1
    ];
    var GetAccountPropertiesRequest$ = [
      3,
      n0,
      _GAPR,
      0,
      [],
      []
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
    var GetCredentialReportResponse$ = [
      3,
      n0,
      _GCRRe,
      0,
      [_Co, _RF, _GT],
      [21, 0, 4]
    ];
    var GetDelegationRequestRequest$ = [
      3,
      n0,
      _GDRR,
      0,
      [_DRI, _DPC],
      [0, 2],
      1
    ];
    var GetDelegationRequestResponse$ = [
      3,
      n0,
      _GDRRe,
      0,
      [_DR, _PCS, _PCR],
      [() => DelegationRequest$, 0, 0]
    ];
    var GetGroupPolicyRequest$ = [
      3,
      n0,
      _GGPR,
      0,
      [_GN, _PN],
      [0, 0],
      2
    ];
    var GetGroupPolicyResponse$ = [
      3,
      n0,
      _GGPRe,
      0,
      [_GN, _PN, _PD],
      [0, 0, 0],
      3
    ];
    var GetGroupRequest$ = [
      3,
      n0,
      _GGR,
      0,
      [_GN, _Ma, _MI],
      [0, 0, 1],
      1
    ];
    var GetGroupResponse$ = [
      3,
      n0,
      _GGRe,
      0,
      [_G, _Use, _IT, _Ma],
      [() => Group$, () => userListType, 2, 0],
      2
    ];
    var GetHumanReadableSummaryRequest$ = [
      3,
      n0,
      _GHRSR,
      0,
      [_EA, _L],
      [0, 0],
      1
    ];
    var GetHumanReadableSummaryResponse$ = [
      3,
      n0,
      _GHRSRe,
      0,
      [_SC, _L, _SS],
      [0, 0, 0]
    ];
    var GetInstanceProfileRequest$ = [
      3,
      n0,
      _GIPR,
      0,
      [_IPN],
      [0],
      1
    ];
    var GetInstanceProfileResponse$ = [
      3,
      n0,
      _GIPRe,
      0,
      [_IP],
      [() => InstanceProfile$],
      1
    ];
    var GetLoginProfileRequest$ = [
      3,
      n0,
      _GLPR,
      0,
      [_UN],
      [0]
    ];
    var GetLoginProfileResponse$ = [
      3,
      n0,
      _GLPRe,
      0,
      [_LP],
      [() => LoginProfile$],
      1
    ];
    var GetMFADeviceRequest$ = [
      3,
      n0,
      _GMFADR,
      0,
      [_SNer, _UN],
      [0, 0],
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
    var GetOpenIDConnectProviderRequest$ = [
      3,
      n0,
      _GOIDCPR,
      0,
      [_OIDCPA],
      [0],
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
    var GetOrganizationsAccessReportRequest$ = [
      3,
      n0,
      _GOARRet,
      0,
      [_JI, _MI, _Ma, _SK],
      [0, 1, 0, 0],
      1
    ];
    var GetOrganizationsAccessReportResponse$ = [
      3,
      n0,
      _GOARRetr,
      0,
      [_JS, _JCD, _JCDo, _NOSA, _NOSNA, _ADc, _IT, _Ma, _EDr],
      [0, 4, 4, 1, 1, () => AccessDetails, 2, 0, () => ErrorDetails$],
      2
    ];
    var GetOutboundWebIdentityFederationInfoResponse$ = [
      3,
      n0,
      _GOWIFIR,
      0,
      [_II, _JVE],
      [0, 2]
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
    var GetPolicyVersionRequest$ = [
      3,
      n0,
      _GPVR,
      0,
      [_PA, _VI],
      [0, 0],
      2
    ];
    var GetPolicyVersionResponse$ = [
      3,
      n0,
      _GPVRe,
      0,
      [_PV],
      [() => PolicyVersion$]
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
    var GetRoleTemplateVersionRequest$ = [
      3,
      n0,
      _GRTVR,
      0,
      [_TA, _MV],
      [0, 1],
      1
    ];
    var GetRoleTemplateVersionResponse$ = [
      3,
      n0,
      _GRTVRe,
      0,
      [_RTV],
      [() => RoleTemplateVersion$],
      1
    ];
    var GetSAMLProviderRequest$ = [
      3,
      n0,
      _GSAMLPR,
      0,
      [_SAMLPA],
      [0],
      1
    ];
    var GetSAMLProviderResponse$ = [
      3,
      n0,
      _GSAMLPRe,
      0,
      [_SAMLPUUID, _SAMLMD, _CD, _VU, _T, _AEM, _PKL],
      [0, 0, 4, 4, () => tagListType, 0, () => privateKeyList]
    ];
    var GetServerCertificateRequest$ = [
      3,
      n0,
      _GSCR,
      0,
      [_SCN],
      [0],
      1
    ];
    var GetServerCertificateResponse$ = [
      3,
      n0,
      _GSCRe,
      0,
      [_SCe],
      [() => ServerCertificate$],
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
    var GetServiceLastAccessedDetailsWithEntitiesRequest$ = [
      3,
      n0,
      _GSLADWER,
      0,
      [_JI, _SNe, _MI, _Ma],
      [0, 0, 1, 0],
      2
    ];
    var GetServiceLastAccessedDetailsWithEntitiesResponse$ = [
      3,
      n0,
      _GSLADWERe,
      0,
      [_JS, _JCD, _JCDo, _EDL, _IT, _Ma, _E],
      [0, 4, 4, () => entityDetailsListType, 2, 0, () => ErrorDetails$],
      4
    ];
    var GetServiceLinkedRoleDeletionStatusRequest$ = [
      3,
      n0,
      _GSLRDSR,
      0,
      [_DTI],
      [0],
      1
    ];
    var GetServiceLinkedRoleDeletionStatusResponse$ = [
      3,
      n0,
      _GSLRDSRe,
      0,
      [_S, _Re],
      [0, () => DeletionTaskFailureReasonType$],
      1
    ];
    var GetSSHPublicKeyRequest$ = [
      3,
      n0,
      _GSSHPKR,
      0,
      [_UN, _SSHPKI, _En],
      [0, 0, 0],
      3
    ];
    var GetSSHPublicKeyResponse$ = [
      3,
      n0,
      _GSSHPKRe,
      0,
      [_SSHPK],
      [() => SSHPublicKey$]
    ];
    var GetUserPolicyRequest$ = [
      3,
      n0,
      _GUPR,
      0,
      [_UN, _PN],
      [0, 0],
      2
    ];
    var GetUserPolicyResponse$ = [
      3,
      n0,
      _GUPRe,
      0,
      [_UN, _PN, _PD],
      [0, 0, 0],
      3
    ];
    var GetUserRequest$ = [
      3,
      n0,
      _GUR,
      0,
      [_UN],
      [0]
    ];
    var GetUserResponse$ = [
      3,
      n0,
      _GURe,
      0,
      [_Us],
      [() => User$],
      1
    ];
    var Group$ = [
      3,
      n0,
      _G,
      0,
      [_Pa, _GN, _GI, _A, _CD],
      [0, 0, 0, 0, 4],
      5
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
    var ListAccessKeysRequest$ = [
      3,
      n0,
      _LAKR,
      0,
      [_UN, _Ma, _MI],
      [0, 0, 1]
    ];
    var ListAccessKeysResponse$ = [
      3,
      n0,
      _LAKRi,
      0,
      [_AKM, _IT, _Ma],
      [() => accessKeyMetadataListType, 2, 0],
      1
    ];
    var ListAccountAliasesRequest$ = [
      3,
      n0,
      _LAAR,
      0,
      [_Ma, _MI],
      [0, 1]
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
    var ListAttachedGroupPoliciesRequest$ = [
      3,
      n0,
      _LAGPR,
      0,
      [_GN, _PPat, _Ma, _MI],
      [0, 0, 0, 1],
      1
    ];
    var ListAttachedGroupPoliciesResponse$ = [
      3,
      n0,
      _LAGPRi,
      0,
      [_APt, _IT, _Ma],
      [() => attachedPoliciesListType, 2, 0]
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
    var ListAttachedUserPoliciesRequest$ = [
      3,
      n0,
      _LAUPR,
      0,
      [_UN, _PPat, _Ma, _MI],
      [0, 0, 0, 1],
      1
    ];
    var ListAttachedUserPoliciesResponse$ = [
      3,
      n0,
      _LAUPRi,
      0,
      [_APt, _IT, _Ma],
      [() => attachedPoliciesListType, 2, 0]
    ];
    var ListDelegationRequestsRequest$ = [
      3,
      n0,
      _LDRR,
      0,
      [_OI, _Ma, _MI],
      [0, 0, 1]
    ];
    var ListDelegationRequestsResponse$ = [
      3,
      n0,
      _LDRRi,
      0,
      [_DRe, _Ma, _iT],
      [() => delegationRequestsListType, 0, 2]
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
    var ListGroupPoliciesRequest$ = [
      3,
      n0,
      _LGPR,
      0,
      [_GN, _Ma, _MI],
      [0, 0, 1],
      1
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
    var ListGroupsForUserRequest$ = [
      3,
      n0,
      _LGFUR,
      0,
      [_UN, _Ma, _MI],
      [0, 0, 1],
      1
    ];
    var ListGroupsForUserResponse$ = [
      3,
      n0,
      _LGFURi,
      0,
      [_Gro, _IT, _Ma],
      [() => groupListType, 2, 0],
      1
    ];
    var ListGroupsRequest$ = [
      3,
      n0,
      _LGR,
      0,
      [_PPat, _Ma, _MI],
      [0, 0, 1]
    ];
    var ListGroupsResponse$ = [
      3,
      n0,
      _LGRi,
      0,
      [_Gro, _IT, _Ma],
      [() => groupListType, 2, 0],
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
    var ListInstanceProfilesRequest$ = [
      3,
      n0,
      _LIPR,
      0,
      [_PPat, _Ma, _MI],
      [0, 0, 1]
    ];
    var ListInstanceProfilesResponse$ = [
      3,
      n0,
      _LIPRi,
      0,
      [_IPns, _IT, _Ma],
      [() => instanceProfileListType, 2, 0],
      1
    ];
    var ListInstanceProfileTagsRequest$ = [
      3,
      n0,
      _LIPTR,
      0,
      [_IPN, _Ma, _MI],
      [0, 0, 1],
      1
    ];
    var ListInstanceProfileTagsResponse$ = [
      3,
      n0,
      _LIPTRi,
      0,
      [_T, _IT, _Ma],
      [() => tagListType, 2, 0],
      1
    ];
    var ListMFADevicesRequest$ = [
      3,
      n0,
      _LMFADR,
      0,
      [_UN, _Ma, _MI],
      [0, 0, 1]
    ];
    var ListMFADevicesResponse$ = [
      3,
      n0,
      _LMFADRi,
      0,
      [_MFAD, _IT, _Ma],
      [() => mfaDeviceListType, 2, 0],
      1
    ];
    var ListMFADeviceTagsRequest$ = [
      3,
      n0,
      _LMFADTR,
      0,
      [_SNer, _Ma, _MI],
      [0, 0, 1],
      1
    ];
    var ListMFADeviceTagsResponse$ = [
      3,
      n0,
      _LMFADTRi,
      0,
      [_T, _IT, _Ma],
      [() => tagListType, 2, 0],
      1
    ];
    var ListOpenIDConnectProvidersRequest$ = [
      3,
      n0,
      _LOIDCPR,
      0,
      [],
      []
    ];
    var ListOpenIDConnectProvidersResponse$ = [
      3,
      n0,
      _LOIDCPRi,
      0,
      [_OIDCPL],
      [() => OpenIDConnectProviderListType]
    ];
    var ListOpenIDConnectProviderTagsRequest$ = [
      3,
      n0,
      _LOIDCPTR,
      0,
      [_OIDCPA, _Ma, _MI],
      [0, 0, 1],
      1
    ];
    var ListOpenIDConnectProviderTagsResponse$ = [
      3,
      n0,
      _LOIDCPTRi,
      0,
      [_T, _IT, _Ma],
      [() => tagListType, 2, 0],
      1
    ];
    var ListOrganizationsFeaturesRequest$ = [
      3,
      n0,
      _LOFR,
      0,
      [],
      []
    ];
    var ListOrganizationsFeaturesResponse$ = [
      3,
      n0,
      _LOFRi,
      0,
      [_OIr, _EF],
      [0, 64 | 0]
    ];
    var ListPoliciesGrantingServiceAccessEntry$ = [
      3,
      n0,
      _LPGSAE,
      0,
      [_SNe, _Pol],
      [0, () => policyGrantingServiceAccessListType]
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
    var ListPoliciesGrantingServiceAccessResponse$ = [
      3,
      n0,
      _LPGSARi,
      0,
      [_PGSA, _IT, _Ma],
      [() => listPolicyGrantingServiceAccessResponseListType, 2, 0],
      1
    ];
    var ListPoliciesRequest$ = [
      3,
      n0,
      _LPR,
      0,
      [_Sc, _OA, _PPat, _PUF, _Ma, _MI],
      [0, 2, 0, 0, 0, 1]
    ];
    var ListPoliciesResponse$ = [
      3,
      n0,
      _LPRi,
      0,
      [_Pol, _IT, _Ma],
      [() => policyListType, 2, 0]
    ];
    var ListPolicyTagsRequest$ = [
      3,
      n0,
      _LPTR,
      0,
      [_PA, _Ma, _MI],
      [0, 0, 1],
      1
    ];
    var ListPolicyTagsResponse$ = [
      3,
      n0,
      _LPTRi,
      0,
      [_T, _IT, _Ma],
      [() => tagListType, 2, 0],
      1
    ];
    var ListPolicyVersionsRequest$ = [
      3,
      n0,
      _LPVR,
      0,
      [_PA, _Ma, _MI],
      [0, 0, 1],
      1
    ];
    var ListPolicyVersionsResponse$ = [
      3,
      n0,
      _LPVRi,
      0,
      [_V, _IT, _Ma],
      [() => policyDocumentVersionListType, 2, 0]
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
    var ListRolesRequest$ = [
      3,
      n0,
      _LRR,
      0,
      [_PPat, _Ma, _MI],
      [0, 0, 1]
    ];
    var ListRolesResponse$ = [
      3,
      n0,
      _LRRi,
      0,
      [_Rol, _IT, _Ma],
      [() => roleListType, 2, 0],
      1
    ];
    var ListRoleTagsRequest$ = [
      3,
      n0,
      _LRTR,
      0,
      [_RN, _Ma, _MI],
      [0, 0, 1],
      1
    ];
    var ListRoleTagsResponse$ = [
      3,
      n0,
      _LRTRi,
      0,
      [_T, _IT, _Ma],
      [() => tagListType, 2, 0],
      1
    ];
    var ListSAMLProvidersRequest$ = [
      3,
      n0,
      _LSAMLPR,
      0,
      [],
      []
    ];
    var ListSAMLProvidersResponse$ = [
      3,
      n0,
      _LSAMLPRi,
      0,
      [_SAMLPL],
      [() => SAMLProviderListType]
    ];
    var ListSAMLProviderTagsRequest$ = [
      3,
      n0,
      _LSAMLPTR,
      0,
      [_SAMLPA, _Ma, _MI],
      [0, 0, 1],
      1
    ];
    var ListSAMLProviderTagsResponse$ = [
      3,
      n0,
      _LSAMLPTRi,
      0,
      [_T, _IT, _Ma],
      [() => tagListType, 2, 0],
      1
    ];
    var ListServerCertificatesRequest$ = [
      3,
      n0,
      _LSCR,
      0,
      [_PPat, _Ma, _MI],
      [0, 0, 1]
    ];
    var ListServerCertificatesResponse$ = [
      3,
      n0,
      _LSCRi,
      0,
      [_SCML, _IT, _Ma],
      [() => serverCertificateMetadataListType, 2, 0],
      1
    ];
    var ListServerCertificateTagsRequest$ = [
      3,
      n0,
      _LSCTR,
      0,
      [_SCN, _Ma, _MI],
      [0, 0, 1],
      1
    ];
    var ListServerCertificateTagsResponse$ = [
      3,
      n0,
      _LSCTRi,
      0,
      [_T, _IT, _Ma],
      [() => tagListType, 2, 0],
      1
    ];
    var ListServiceSpecificCredentialsRequest$ = [
      3,
      n0,
      _LSSCR,
      0,
      [_UN, _SN, _AU, _Ma, _MI],
      [0, 0, 2, 0, 1]
    ];
    var ListServiceSpecificCredentialsResponse$ = [
      3,
      n0,
      _LSSCRi,
      0,
      [_SSCe, _Ma, _IT],
      [() => ServiceSpecificCredentialsListType, 0, 2]
    ];
    var ListSigningCertificatesRequest$ = [
      3,
      n0,
      _LSCRis,
      0,
      [_UN, _Ma, _MI],
      [0, 0, 1]
    ];
    var ListSigningCertificatesResponse$ = [
      3,
      n0,
      _LSCRist,
      0,
      [_Cer, _IT, _Ma],
      [() => certificateListType, 2, 0],
      1
    ];
    var ListSSHPublicKeysRequest$ = [
      3,
      n0,
      _LSSHPKR,
      0,
      [_UN, _Ma, _MI],
      [0, 0, 1]
    ];
    var ListSSHPublicKeysResponse$ = [
      3,
      n0,
      _LSSHPKRi,
      0,
      [_SSHPKu, _IT, _Ma],
      [() => SSHPublicKeyListType, 2, 0]
    ];
    var ListUserPoliciesRequest$ = [
      3,
      n0,
      _LUPR,
      0,
      [_UN, _Ma, _MI],
      [0, 0, 1],
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
    var ListUsersRequest$ = [
      3,
      n0,
      _LUR,
      0,
      [_PPat, _Ma, _MI],
      [0, 0, 1]
    ];
    var ListUsersResponse$ = [
      3,
      n0,
      _LURi,
      0,
      [_Use, _IT, _Ma],
      [() => userListType, 2, 0],
      1
    ];
    var ListUserTagsRequest$ = [
      3,
      n0,
      _LUTR,
      0,
      [_UN, _Ma, _MI],
      [0, 0, 1],
      1
    ];
    var ListUserTagsResponse$ = [
      3,
      n0,
      _LUTRi,
      0,
      [_T, _IT, _Ma],
      [() => tagListType, 2, 0],
      1
    ];
    var ListVirtualMFADevicesRequest$ = [
      3,
      n0,
      _LVMFADR,
      0,
      [_AS, _Ma, _MI],
      [0, 0, 1]
    ];
    var ListVirtualMFADevicesResponse$ = [
      3,
      n0,
      _LVMFADRi,
      0,
      [_VMFADi, _IT, _Ma],
      [[() => virtualMFADeviceListType, 0], 2, 0],
      1
    ];
    var LoginProfile$ = [
      3,
      n0,
      _LP,
      0,
      [_UN, _CD, _PRR],
      [0, 4, 2],
      2
    ];
    var ManagedPolicyDetail$ = [
      3,
      n0,
      _MPD,
      0,
      [_PN, _PI, _A, _Pa, _DVI, _ACt, _PBUC, _IA, _D, _CD, _UD, _PVL],
      [0, 0, 0, 0, 0, 1, 1, 2, 0, 4, 4, () => policyDocumentVersionListType]
    ];
    var MFADevice$ = [
      3,
      n0,
      _MFADe,
      0,
      [_UN, _SNer, _EDn],
      [0, 0, 4],
      3
    ];
    var OpenIDConnectProviderListEntry$ = [
      3,
      n0,
      _OIDCPLE,
      0,
      [_A],
      [0]
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
    var PasswordPolicy$ = [
      3,
      n0,
      _PPa,
      0,
      [_MPL, _RS, _RNeq, _RUC, _RLC, _AUTCP, _EPx, _MPA, _PRP, _HE],
      [1, 2, 2, 2, 2, 2, 2, 1, 1, 2]
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
    var PolicyGrantingServiceAccess$ = [
      3,
      n0,
      _PGSAo,
      0,
      [_PN, _PT, _PA, _ETn, _EN],
      [0, 0, 0, 0, 0],
      2
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
    var PutAccountPropertiesResponse$ = [
      3,
      n0,
      _PAPRu,
      0,
      [],
      []
    ];
    var PutGroupPolicyRequest$ = [
      3,
      n0,
      _PGPR,
      0,
      [_GN, _PN, _PD],
      [0, 0, 0],
      3
    ];
    var PutRolePermissionsBoundaryRequest$ = [
      3,
      n0,
      _PRPBR,
      0,
      [_RN, _PB],
      [0, 0],
      2
    ];
    var PutRolePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_RN, _PN, _PD],
      [0, 0, 0],
      3
    ];
    var PutUserPermissionsBoundaryRequest$ = [
      3,
      n0,
      _PUPBR,
      0,
      [_UN, _PB],
      [0, 0],
      2
    ];
    var PutUserPolicyRequest$ = [
      3,
      n0,
      _PUPR,
      0,
      [_UN, _PN, _PD],
      [0, 0, 0],
      3
    ];
    var RejectDelegationRequestRequest$ = [
      3,
      n0,
      _RDRR,
      0,
      [_DRI, _No],
      [0, 0],
      1
    ];
    var RemoveClientIDFromOpenIDConnectProviderRequest$ = [
      3,
      n0,
      _RCIDFOIDCPR,
      0,
      [_OIDCPA, _CID],
      [0, 0],
      2
    ];
    var RemoveRoleFromInstanceProfileRequest$ = [
      3,
      n0,
      _RRFIPR,
      0,
      [_IPN, _RN],
      [0, 0],
      2
    ];
    var RemoveUserFromGroupRequest$ = [
      3,
      n0,
      _RUFGR,
      0,
      [_GN, _UN],
      [0, 0],
      2
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
    var ResetServiceSpecificCredentialRequest$ = [
      3,
      n0,
      _RSSCR,
      0,
      [_SSCI, _UN],
      [0, 0],
      1
    ];
    var ResetServiceSpecificCredentialResponse$ = [
      3,
      n0,
      _RSSCRe,
      0,
      [_SSC],
      [[() => ServiceSpecificCredential$, 0]]
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
    var ResyncMFADeviceRequest$ = [
      3,
      n0,
      _RMFADR,
      0,
      [_UN, _SNer, _AC, _ACu],
      [0, 0, 0, 0],
      4
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
    var SAMLPrivateKey$ = [
      3,
      n0,
      _SAMLPK,
      0,
      [_KI, _Ti],
      [0, 4]
    ];
    var SAMLProviderListEntry$ = [
      3,
      n0,
      _SAMLPLE,
      0,
      [_A, _VU, _CD],
      [0, 4, 4]
    ];
    var SendDelegationTokenRequest$ = [
      3,
      n0,
      _SDTR,
      0,
      [_DRI],
      [0],
      1
    ];
    var ServerCertificate$ = [
      3,
      n0,
      _SCe,
      0,
      [_SCM, _CB, _CC, _T],
      [() => ServerCertificateMetadata$, 0, 0, () => tagListType],
      2
    ];
    var ServerCertificateMetadata$ = [
      3,
      n0,
      _SCM,
      0,
      [_Pa, _SCN, _SCI, _A, _UDp, _Ex],
      [0, 0, 0, 0, 4, 4],
      4
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
    var ServiceSpecificCredential$ = [
      3,
      n0,
      _SSC,
      0,
      [_CD, _SN, _SSCI, _UN, _S, _EDx, _SUN, _SP, _SCA, _SCS],
      [4, 0, 0, 0, 0, 4, 0, [() => servicePassword, 0], 0, [() => serviceCredentialSecret, 0]],
      5
    ];
    var ServiceSpecificCredentialMetadata$ = [
      3,
      n0,
      _SSCM,
      0,
      [_UN, _S, _CD, _SSCI, _SN, _SUN, _SCA, _EDx],
      [0, 0, 4, 0, 0, 0, 0, 4],
      5
    ];
    var SetDefaultPolicyVersionRequest$ = [
      3,
      n0,
      _SDPVR,
      0,
      [_PA, _VI],
      [0, 0],
      2
    ];
    var SetSecurityTokenServicePreferencesRequest$ = [
      3,
      n0,
      _SSTSPR,
      0,
      [_GETV],
      [0],
      1
    ];
    var SigningCertificate$ = [
      3,
      n0,
      _SCi,
      0,
      [_UN, _CI, _CB, _S, _UDp],
      [0, 0, 0, 0, 4],
      4
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
    var SimulatePolicyResponse$ = [
      3,
      n0,
      _SPR,
      0,
      [_ERv, _IT, _Ma],
      [() => EvaluationResultsListType, 2, 0]
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
    var SSHPublicKey$ = [
      3,
      n0,
      _SSHPK,
      0,
      [_UN, _SSHPKI, _Fi, _SSHPKB, _S, _UDp],
      [0, 0, 0, 0, 0, 4],
      5
    ];
    var SSHPublicKeyMetadata$ = [
      3,
      n0,
      _SSHPKM,
      0,
      [_UN, _SSHPKI, _S, _UDp],
      [0, 0, 0, 4],
      4
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
    var TagInstanceProfileRequest$ = [
      3,
      n0,
      _TIPR,
      0,
      [_IPN, _T],
      [0, () => tagListType],
      2
    ];
    var TagMFADeviceRequest$ = [
      3,
      n0,
      _TMFADR,
      0,
      [_SNer, _T],
      [0, () => tagListType],
      2
    ];
    var TagOpenIDConnectProviderRequest$ = [
      3,
      n0,
      _TOIDCPR,
      0,
      [_OIDCPA, _T],
      [0, () => tagListType],
      2
    ];
    var TagPolicyRequest$ = [
      3,
      n0,
      _TPR,
      0,
      [_PA, _T],
      [0, () => tagListType],
      2
    ];
    var TagRoleRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_RN, _T],
      [0, () => tagListType],
      2
    ];
    var TagSAMLProviderRequest$ = [
      3,
      n0,
      _TSAMLPR,
      0,
      [_SAMLPA, _T],
      [0, () => tagListType],
      2
    ];
    var TagServerCertificateRequest$ = [
      3,
      n0,
      _TSCR,
      0,
      [_SCN, _T],
      [0, () => tagListType],
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
    var TagUserRequest$ = [
      3,
      n0,
      _TUR,
      0,
      [_UN, _T],
      [0, () => tagListType],
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
    var UpdateAccessKeyRequest$ = [
      3,
      n0,
      _UAKR,
      0,
      [_AKI, _S, _UN],
      [0, 0, 0],
      2
    ];
    var UpdateAccountPasswordPolicyRequest$ = [
      3,
      n0,
      _UAPPR,
      0,
      [_MPL, _RS, _RNeq, _RUC, _RLC, _AUTCP, _MPA, _PRP, _HE],
      [1, 2, 2, 2, 2, 2, 1, 1, 2]
    ];
    var UpdateAssumeRolePolicyRequest$ = [
      3,
      n0,
      _UARPR,
      0,
      [_RN, _PD],
      [0, 0],
      2
    ];
    var UpdateDelegationRequestRequest$ = [
      3,
      n0,
      _UDRR,
      0,
      [_DRI, _No],
      [0, 0],
      1
    ];
    var UpdateGroupRequest$ = [
      3,
      n0,
      _UGR,
      0,
      [_GN, _NPe, _NGN],
      [0, 0, 0],
      1
    ];
    var UpdateLoginProfileRequest$ = [
      3,
      n0,
      _ULPR,
      0,
      [_UN, _Pas, _PRR],
      [0, [() => passwordType, 0], 2],
      1
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
    var UpdateRoleDescriptionRequest$ = [
      3,
      n0,
      _URDR,
      0,
      [_RN, _D],
      [0, 0],
      2
    ];
    var UpdateRoleDescriptionResponse$ = [
      3,
      n0,
      _URDRp,
      0,
      [_Ro],
      [() => Role$]
    ];
    var UpdateRoleRequest$ = [
      3,
      n0,
      _URRp,
      0,
      [_RN, _D, _MSD],
      [0, 0, 1],
      1
    ];
    var UpdateRoleResponse$ = [
      3,
      n0,
      _URRpd,
      0,
      [],
      []
    ];
    var UpdateSAMLProviderRequest$ = [
      3,
      n0,
      _USAMLPRp,
      0,
      [_SAMLPA, _SAMLMD, _AEM, _APK, _RPK],
      [0, 0, 0, [() => privateKeyType, 0], 0],
      1
    ];
    var UpdateSAMLProviderResponse$ = [
      3,
      n0,
      _USAMLPRpd,
      0,
      [_SAMLPA],
      [0]
    ];
    var UpdateServerCertificateRequest$ = [
      3,
      n0,
      _USCRp,
      0,
      [_SCN, _NPe, _NSCN],
      [0, 0, 0],
      1
    ];
    var UpdateServiceSpecificCredentialRequest$ = [
      3,
      n0,
      _USSCR,
      0,
      [_SSCI, _S, _UN],
      [0, 0, 0],
      2
    ];
    var UpdateSigningCertificateRequest$ = [
      3,
      n0,
      _USCRpd,
      0,
      [_CI, _S, _UN],
      [0, 0, 0],
      2
    ];
    var UpdateSSHPublicKeyRequest$ = [
      3,
      n0,
      _USSHPKR,
      0,
      [_UN, _SSHPKI, _S],
      [0, 0, 0],
      3
    ];
    var UpdateUserRequest$ = [
      3,
      n0,
      _UURp,
      0,
      [_UN, _NPe, _NUN],
      [0, 0, 0],
      1
    ];
    var UploadServerCertificateRequest$ = [
      3,
      n0,
      _USCRpl,
      0,
      [_SCN, _CB, _PK, _Pa, _CC, _T],
      [0, 0, [() => privateKeyType, 0], 0, 0, () => tagListType],
      3
    ];
    var UploadServerCertificateResponse$ = [
      3,
      n0,
      _USCRplo,
      0,
      [_SCM, _T],
      [() => ServerCertificateMetadata$, () => tagListType]
    ];
    var UploadSigningCertificateRequest$ = [
      3,
      n0,
      _USCRploa,
      0,
      [_CB, _UN],
      [0, 0],
      1
    ];
    var UploadSigningCertificateResponse$ = [
      3,
      n0,
      _USCRpload,
      0,
      [_Cert],
      [() => SigningCertificate$],
      1
    ];
    var UploadSSHPublicKeyRequest$ = [
      3,
      n0,
      _USSHPKRp,
      0,
      [_UN, _SSHPKB],
      [0, 0],
      2
    ];
    var UploadSSHPublicKeyResponse$ = [
      3,
      n0,
      _USSHPKRpl,
      0,
      [_SSHPK],
      [() => SSHPublicKey$]
    ];
    var User$ = [
      3,
      n0,
      _Us,
      0,
      [_Pa, _UN, _UI, _A, _CD, _PLU, _PB, _T],
      [0, 0, 0, 0, 4, 4, () => AttachedPermissionsBoundary$, () => tagListType],
      5
    ];
    var UserDetail$ = [
      3,
      n0,
      _UDs,
      0,
      [_Pa, _UN, _UI, _A, _CD, _UPL, _GL, _AMP, _PB, _T],
      [0, 0, 0, 0, 4, () => policyDetailListType, 64 | 0, () => attachedPoliciesListType, () => AttachedPermissionsBoundary$, () => tagListType]
    ];
    var VirtualMFADevice$ = [
      3,
      n0,
      _VMFAD,
      0,
      [_SNer, _BSS, _QRCPNG, _Us, _EDn, _T],
      [0, [() => BootstrapDatum, 0], [() => BootstrapDatum, 0], () => User$, 4, () => tagListType],
      1
    ];
    var __Unit = "unit";
    var AccessDetails = [
      1,
      n0,
      _ADc,
      0,
      () => AccessDetail$
    ];
    var accessKeyMetadataListType = [
      1,
      n0,
      _aKMLT,
      0,
      () => AccessKeyMetadata$
    ];
    var attachedPoliciesListType = [
      1,
      n0,
      _aPLT,
      0,
      () => AttachedPolicy$
    ];
    var certificateListType = [
      1,
      n0,
      _cLT,
      0,
      () => SigningCertificate$
    ];
    var ContextEntryListType = [
      1,
      n0,
      _CELT,
      0,
      () => ContextEntry$
    ];
    var delegationRequestsListType = [
      1,
      n0,
      _dRLT,
      0,
      () => DelegationRequest$
    ];
    var entityDetailsListType = [
      1,
      n0,
      _eDLT,
      0,
      () => EntityDetails$
    ];
    var EvaluationResultsListType = [
      1,
      n0,
      _ERLT,
      0,
      () => EvaluationResult$
    ];
    var groupDetailListType = [
      1,
      n0,
      _gDLT,
      0,
      () => GroupDetail$
    ];
    var groupListType = [
      1,
      n0,
      _gLT,
      0,
      () => Group$
    ];
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
    var listPolicyGrantingServiceAccessResponseListType = [
      1,
      n0,
      _lPGSARLT,
      0,
      () => ListPoliciesGrantingServiceAccessEntry$
    ];
    var ManagedPolicyDetailListType = [
      1,
      n0,
      _MPDLT,
      0,
      () => ManagedPolicyDetail$
    ];
    var mfaDeviceListType = [
      1,
      n0,
      _mDLT,
      0,
      () => MFADevice$
    ];
    var OpenIDConnectProviderListType = [
      1,
      n0,
      _OIDCPLT,
      0,
      () => OpenIDConnectProviderListEntry$
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
    var policyGrantingServiceAccessListType = [
      1,
      n0,
      _pGSALT,
      0,
      () => PolicyGrantingServiceAccess$
    ];
    var PolicyGroupListType = [
      1,
      n0,
      _PGLT,
      0,
      () => PolicyGroup$
    ];
    var policyListType = [
      1,
      n0,
      _pLT,
      0,
      () => Policy$
    ];
    var policyParameterListType = [
      1,
      n0,
      _pPLT,
      0,
      () => PolicyParameter$
    ];
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
    var privateKeyList = [
      1,
      n0,
      _pKL,
      0,
      () => SAMLPrivateKey$
    ];
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
    var RoleUsageListType = [
      1,
      n0,
      _RULT,
      0,
      () => RoleUsageType$
    ];
    var SAMLProviderListType = [
      1,
      n0,
      _SAMLPLT,
      0,
      () => SAMLProviderListEntry$
    ];
    var serverCertificateMetadataListType = [
      1,
      n0,
      _sCMLT,
      0,
      () => ServerCertificateMetadata$
    ];
    var ServicesLastAccessed = [
      1,
      n0,
      _SLA,
      0,
      () => ServiceLastAccessed$
    ];
    var ServiceSpecificCredentialsListType = [
      1,
      n0,
      _SSCLT,
      0,
      () => ServiceSpecificCredentialMetadata$
    ];
    var SSHPublicKeyListType = [
      1,
      n0,
      _SSHPKLT,
      0,
      () => SSHPublicKeyMetadata$
    ];
    var StatementListType = [
      1,
      n0,
      _SLT,
      0,
      () => Statement$
    ];
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
    var userListType = [
      1,
      n0,
      _uLT,
      0,
      () => User$
    ];
    var virtualMFADeviceListType = [
      1,
      n0,
      _vMFADLT,
      0,
      [
        () => VirtualMFADevice$,
        0
      ]
    ];
    var mapStringReplacementValueEntry = [
      2,
      n0,
      _mSRVE,
      0,
      0,
      () => ReplacementValueEntry$
    ];
    var PolicyIdentifier$ = [
      4,
      n0,
      _PIo,
      0,
      [_PT, _PA, _IPIn],
      [0, 0, () => InlinePolicyIdentifierType$]
    ];
    var AcceptDelegationRequest$ = [
      9,
      n0,
      _ADR,
      0,
      () => AcceptDelegationRequestRequest$,
      () => __Unit
    ];
    var AcquireRole$ = [
      9,
      n0,
      _AR,
      0,
      () => AcquireRoleRequest$,
      () => AcquireRoleResponse$
    ];
    var AddClientIDToOpenIDConnectProvider$ = [
      9,
      n0,
      _ACIDTOIDCP,
      0,
      () => AddClientIDToOpenIDConnectProviderRequest$,
      () => __Unit
    ];
    var AddRoleToInstanceProfile$ = [
      9,
      n0,
      _ARTIP,
      0,
      () => AddRoleToInstanceProfileRequest$,
      () => __Unit
    ];
    var AddUserToGroup$ = [
      9,
      n0,
      _AUTG,
      0,
      () => AddUserToGroupRequest$,
      () => __Unit
    ];
    var AssociateDelegationRequest$ = [
      9,
      n0,
      _ADRs,
      0,
      () => AssociateDelegationRequestRequest$,
      () => __Unit
    ];
    var AttachGroupPolicy$ = [
      9,
      n0,
      _AGP,
      0,
      () => AttachGroupPolicyRequest$,
      () => __Unit
    ];
    var AttachRolePolicy$ = [
      9,
      n0,
      _ARP,
      0,
      () => AttachRolePolicyRequest$,
      () => __Unit
    ];
    var AttachUserPolicy$ = [
      9,
      n0,
      _AUP,
      0,
      () => AttachUserPolicyRequest$,
      () => __Unit
    ];
    var ChangePassword$ = [
      9,
      n0,
      _CP,
      0,
      () => ChangePasswordRequest$,
      () => __Unit
    ];
    var CreateAccessKey$ = [
      9,
      n0,
      _CAK,
      0,
      () => CreateAccessKeyRequest$,
      () => CreateAccessKeyResponse$
    ];
    var CreateAccountAlias$ = [
      9,
      n0,
      _CAA,
      0,
      () => CreateAccountAliasRequest$,
      () => __Unit
    ];
    var CreateDelegationRequest$ = [
      9,
      n0,
      _CDR,
      0,
      () => CreateDelegationRequestRequest$,
      () => CreateDelegationRequestResponse$
    ];
    var CreateGroup$ = [
      9,
      n0,
      _CG,
      0,
      () => CreateGroupRequest$,
      () => CreateGroupResponse$
    ];
    var CreateInstanceProfile$ = [
      9,
      n0,
      _CIP,
      0,
      () => CreateInstanceProfileRequest$,
      () => CreateInstanceProfileResponse$
    ];
    var CreateLoginProfile$ = [
      9,
      n0,
      _CLP,
      0,
      () => CreateLoginProfileRequest$,
      () => CreateLoginProfileResponse$
    ];
    var CreateOpenIDConnectProvider$ = [
      9,
      n0,
      _COIDCP,
      0,
      () => CreateOpenIDConnectProviderRequest$,
      () => CreateOpenIDConnectProviderResponse$
    ];
    var CreatePolicy$ = [
      9,
      n0,
      _CPr,
      0,
      () => CreatePolicyRequest$,
      () => CreatePolicyResponse$
    ];
    var CreatePolicyVersion$ = [
      9,
      n0,
      _CPV,
      0,
      () => CreatePolicyVersionRequest$,
      () => CreatePolicyVersionResponse$
    ];
    var CreateRole$ = [
      9,
      n0,
      _CR,
      0,
      () => CreateRoleRequest$,
      () => CreateRoleResponse$
    ];
    var CreateSAMLProvider$ = [
      9,
      n0,
      _CSAMLP,
      0,
      () => CreateSAMLProviderRequest$,
      () => CreateSAMLProviderResponse$
    ];
    var CreateServiceLinkedRole$ = [
      9,
      n0,
      _CSLR,
      0,
      () => CreateServiceLinkedRoleRequest$,
      () => CreateServiceLinkedRoleResponse$
    ];
    var CreateServiceSpecificCredential$ = [
      9,
      n0,
      _CSSC,
      0,
      () => CreateServiceSpecificCredentialRequest$,
      () => CreateServiceSpecificCredentialResponse$
    ];
    var CreateUser$ = [
      9,
      n0,
      _CU,
      0,
      () => CreateUserRequest$,
      () => CreateUserResponse$
    ];
    var CreateVirtualMFADevice$ = [
      9,
      n0,
      _CVMFAD,
      0,
      () => CreateVirtualMFADeviceRequest$,
      () => CreateVirtualMFADeviceResponse$
    ];
    var DeactivateMFADevice$ = [
      9,
      n0,
      _DMFAD,
      0,
      () => DeactivateMFADeviceRequest$,
      () => __Unit
    ];
    var DeleteAccessKey$ = [
      9,
      n0,
      _DAK,
      0,
      () => DeleteAccessKeyRequest$,
      () => __Unit
    ];
    var DeleteAccountAlias$ = [
      9,
      n0,
      _DAA,
      0,
      () => DeleteAccountAliasRequest$,
      () => __Unit
    ];
    var DeleteAccountPasswordPolicy$ = [
      9,
      n0,
      _DAPP,
      0,
      () => __Unit,
      () => __Unit
    ];
    var DeleteGroup$ = [
      9,
      n0,
      _DG,
      0,
      () => DeleteGroupRequest$,
      () => __Unit
    ];
    var DeleteGroupPolicy$ = [
      9,
      n0,
      _DGP,
      0,
      () => DeleteGroupPolicyRequest$,
      () => __Unit
    ];
    var DeleteInstanceProfile$ = [
      9,
      n0,
      _DIP,
      0,
      () => DeleteInstanceProfileRequest$,
      () => __Unit
    ];
    var DeleteLoginProfile$ = [
      9,
      n0,
      _DLP,
      0,
      () => DeleteLoginProfileRequest$,
      () => __Unit
    ];
    var DeleteOpenIDConnectProvider$ = [
      9,
      n0,
      _DOIDCP,
      0,
      () => DeleteOpenIDConnectProviderRequest$,
      () => __Unit
    ];
    var DeletePolicy$ = [
      9,
      n0,
      _DPe,
      0,
      () => DeletePolicyRequest$,
      () => __Unit
    ];
    var DeletePolicyVersion$ = [
      9,
      n0,
      _DPV,
      0,
      () => DeletePolicyVersionRequest$,
      () => __Unit
    ];
    var DeleteRole$ = [
      9,
      n0,
      _DRel,
      0,
      () => DeleteRoleRequest$,
      () => __Unit
    ];
    var DeleteRolePermissionsBoundary$ = [
      9,
      n0,
      _DRPB,
      0,
      () => DeleteRolePermissionsBoundaryRequest$,
      () => __Unit
    ];
    var DeleteRolePolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => DeleteRolePolicyRequest$,
      () => __Unit
    ];
    var DeleteSAMLProvider$ = [
      9,
      n0,
      _DSAMLP,
      0,
      () => DeleteSAMLProviderRequest$,
      () => __Unit
    ];
    var DeleteServerCertificate$ = [
      9,
      n0,
      _DSC,
      0,
      () => DeleteServerCertificateRequest$,
      () => __Unit
    ];
    var DeleteServiceLinkedRole$ = [
      9,
      n0,
      _DSLR,
      0,
      () => DeleteServiceLinkedRoleRequest$,
      () => DeleteServiceLinkedRoleResponse$
    ];
    var DeleteServiceSpecificCredential$ = [
      9,
      n0,
      _DSSC,
      0,
      () => DeleteServiceSpecificCredentialRequest$,
      () => __Unit
    ];
    var DeleteSigningCertificate$ = [
      9,
      n0,
      _DSCe,
      0,
      () => DeleteSigningCertificateRequest$,
      () => __Unit
    ];
    var DeleteSSHPublicKey$ = [
      9,
      n0,
      _DSSHPK,
      0,
      () => DeleteSSHPublicKeyRequest$,
      () => __Unit
    ];
    var DeleteUser$ = [
      9,
      n0,
      _DU,
      0,
      () => DeleteUserRequest$,
      () => __Unit
    ];
    var DeleteUserPermissionsBoundary$ = [
      9,
      n0,
      _DUPB,
      0,
      () => DeleteUserPermissionsBoundaryRequest$,
      () => __Unit
    ];
    var DeleteUserPolicy$ = [
      9,
      n0,
      _DUP,
      0,
      () => DeleteUserPolicyRequest$,
      () => __Unit
    ];
    var DeleteVirtualMFADevice$ = [
      9,
      n0,
      _DVMFAD,
      0,
      () => DeleteVirtualMFADeviceRequest$,
      () => __Unit
    ];
    var DetachGroupPolicy$ = [
      9,
      n0,
      _DGPe,
      0,
      () => DetachGroupPolicyRequest$,
      () => __Unit
    ];
    var DetachRolePolicy$ = [
      9,
      n0,
      _DRPe,
      0,
      () => DetachRolePolicyRequest$,
      () => __Unit
    ];
    var DetachUserPolicy$ = [
      9,
      n0,
      _DUPe,
      0,
      () => DetachUserPolicyRequest$,
      () => __Unit
    ];
    var DisableOrganizationsRootCredentialsManagement$ = [
      9,
      n0,
      _DORCM,
      0,
      () => DisableOrganizationsRootCredentialsManagementRequest$,
      () => DisableOrganizationsRootCredentialsManagementResponse$
    ];
    var DisableOrganizationsRootSessions$ = [
      9,
      n0,
      _DORS,
      0,
      () => DisableOrganizationsRootSessionsRequest$,
      () => DisableOrganizationsRootSessionsResponse$
    ];
    var DisableOutboundWebIdentityFederation$ = [
      9,
      n0,
      _DOWIF,
      0,
      () => __Unit,
      () => __Unit
    ];
    var EnableMFADevice$ = [
      9,
      n0,
      _EMFAD,
      0,
      () => EnableMFADeviceRequest$,
      () => __Unit
    ];
    var EnableOrganizationsRootCredentialsManagement$ = [
      9,
      n0,
      _EORCM,
      0,
      () => EnableOrganizationsRootCredentialsManagementRequest$,
      () => EnableOrganizationsRootCredentialsManagementResponse$
    ];
    var EnableOrganizationsRootSessions$ = [
      9,
      n0,
      _EORS,
      0,
      () => EnableOrganizationsRootSessionsRequest$,
      () => EnableOrganizationsRootSessionsResponse$
    ];
    var EnableOutboundWebIdentityFederation$ = [
      9,
      n0,
      _EOWIF,
      0,
      () => __Unit,
      () => EnableOutboundWebIdentityFederationResponse$
    ];
    var GenerateCredentialReport$ = [
      9,
      n0,
      _GCR,
      0,
      () => __Unit,
      () => GenerateCredentialReportResponse$
    ];
    var GenerateOrganizationsAccessReport$ = [
      9,
      n0,
      _GOAR,
      0,
      () => GenerateOrganizationsAccessReportRequest$,
      () => GenerateOrganizationsAccessReportResponse$
    ];
    var GenerateServiceLastAccessedDetails$ = [
      9,
      n0,
      _GSLAD,
      0,
      () => GenerateServiceLastAccessedDetailsRequest$,
      () => GenerateServiceLastAccessedDetailsResponse$
    ];
    var GetAccessKeyLastUsed$ = [
      9,
      n0,
      _GAKLU,
      0,
      () => GetAccessKeyLastUsedRequest$,
      () => GetAccessKeyLastUsedResponse$
    ];
    var GetAccountAuthorizationDetails$ = [
      9,
      n0,
      _GAAD,
      0,
      () => GetAccountAuthorizationDetailsRequest$,
      () => GetAccountAuthorizationDetailsResponse$
    ];
    var GetAccountPasswordPolicy$ = [
      9,
      n0,
      _GAPP,
      0,
      () => __Unit,
      () => GetAccountPasswordPolicyResponse$
    ];
    var GetAccountProperties$ = [
      9,
      n0,
      _GAP,
      0,
      () => GetAccountPropertiesRequest$,
      () => GetAccountPropertiesResponse$
    ];
    var GetAccountSummary$ = [
      9,
      n0,
      _GAS,
      0,
      () => __Unit,
      () => GetAccountSummaryResponse$
    ];
    var GetContextKeysForCustomPolicy$ = [
      9,
      n0,
      _GCKFCP,
      0,
      () => GetContextKeysForCustomPolicyRequest$,
      () => GetContextKeysForPolicyResponse$
    ];
    var GetContextKeysForPrincipalPolicy$ = [
      9,
      n0,
      _GCKFPP,
      0,
      () => GetContextKeysForPrincipalPolicyRequest$,
      () => GetContextKeysForPolicyResponse$
    ];
    var GetCredentialReport$ = [
      9,
      n0,
      _GCRe,
      0,
      () => __Unit,
      () => GetCredentialReportResponse$
    ];
    var GetDelegationRequest$ = [
      9,
      n0,
      _GDR,
      0,
      () => GetDelegationRequestRequest$,
      () => GetDelegationRequestResponse$
    ];
    var GetGroup$ = [
      9,
      n0,
      _GG,
      0,
      () => GetGroupRequest$,
      () => GetGroupResponse$
    ];
    var GetGroupPolicy$ = [
      9,
      n0,
      _GGP,
      0,
      () => GetGroupPolicyRequest$,
      () => GetGroupPolicyResponse$
    ];
    var GetHumanReadableSummary$ = [
      9,
      n0,
      _GHRS,
      0,
      () => GetHumanReadableSummaryRequest$,
      () => GetHumanReadableSummaryResponse$
    ];
    var GetInstanceProfile$ = [
      9,
      n0,
      _GIP,
      0,
      () => GetInstanceProfileRequest$,
      () => GetInstanceProfileResponse$
    ];
    var GetLoginProfile$ = [
      9,
      n0,
      _GLP,
      0,
      () => GetLoginProfileRequest$,
      () => GetLoginProfileResponse$
    ];
    var GetMFADevice$ = [
      9,
      n0,
      _GMFAD,
      0,
      () => GetMFADeviceRequest$,
      () => GetMFADeviceResponse$
    ];
    var GetOpenIDConnectProvider$ = [
      9,
      n0,
      _GOIDCP,
      0,
      () => GetOpenIDConnectProviderRequest$,
      () => GetOpenIDConnectProviderResponse$
    ];
    var GetOrganizationsAccessReport$ = [
      9,
      n0,
      _GOARe,
      0,
      () => GetOrganizationsAccessReportRequest$,
      () => GetOrganizationsAccessReportResponse$
    ];
    var GetOutboundWebIdentityFederationInfo$ = [
      9,
      n0,
      _GOWIFI,
      0,
      () => __Unit,
      () => GetOutboundWebIdentityFederationInfoResponse$
    ];
    var GetPolicy$ = [
      9,
      n0,
      _GP,
      0,
      () => GetPolicyRequest$,
      () => GetPolicyResponse$
    ];
    var GetPolicyVersion$ = [
      9,
      n0,
      _GPV,
      0,
      () => GetPolicyVersionRequest$,
      () => GetPolicyVersionResponse$
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
    var GetRoleTemplateVersion$ = [
      9,
      n0,
      _GRTV,
      0,
      () => GetRoleTemplateVersionRequest$,
      () => GetRoleTemplateVersionResponse$
    ];
    var GetSAMLProvider$ = [
      9,
      n0,
      _GSAMLP,
      0,
      () => GetSAMLProviderRequest$,
      () => GetSAMLProviderResponse$
    ];
    var GetServerCertificate$ = [
      9,
      n0,
      _GSC,
      0,
      () => GetServerCertificateRequest$,
      () => GetServerCertificateResponse$
    ];
    var GetServiceLastAccessedDetails$ = [
      9,
      n0,
      _GSLADe,
      0,
      () => GetServiceLastAccessedDetailsRequest$,
      () => GetServiceLastAccessedDetailsResponse$
    ];
    var GetServiceLastAccessedDetailsWithEntities$ = [
      9,
      n0,
      _GSLADWE,
      0,
      () => GetServiceLastAccessedDetailsWithEntitiesRequest$,
      () => GetServiceLastAccessedDetailsWithEntitiesResponse$
    ];
    var GetServiceLinkedRoleDeletionStatus$ = [
      9,
      n0,
      _GSLRDS,
      0,
      () => GetServiceLinkedRoleDeletionStatusRequest$,
      () => GetServiceLinkedRoleDeletionStatusResponse$
    ];
    var GetSSHPublicKey$ = [
      9,
      n0,
      _GSSHPK,
      0,
      () => GetSSHPublicKeyRequest$,
      () => GetSSHPublicKeyResponse$
    ];
    var GetUser$ = [
      9,
      n0,
      _GU,
      0,
      () => GetUserRequest$,
      () => GetUserResponse$
    ];
    var GetUserPolicy$ = [
      9,
      n0,
      _GUP,
      0,
      () => GetUserPolicyRequest$,
      () => GetUserPolicyResponse$
    ];
    var ListAccessKeys$ = [
      9,
      n0,
      _LAK,
      0,
      () => ListAccessKeysRequest$,
      () => ListAccessKeysResponse$
    ];
    var ListAccountAliases$ = [
      9,
      n0,
      _LAA,
      0,
      () => ListAccountAliasesRequest$,
      () => ListAccountAliasesResponse$
    ];
    var ListAttachedGroupPolicies$ = [
      9,
      n0,
      _LAGP,
      0,
      () => ListAttachedGroupPoliciesRequest$,
      () => ListAttachedGroupPoliciesResponse$
    ];
    var ListAttachedRolePolicies$ = [
      9,
      n0,
      _LARP,
      0,
      () => ListAttachedRolePoliciesRequest$,
      () => ListAttachedRolePoliciesResponse$
    ];
    var ListAttachedUserPolicies$ = [
      9,
      n0,
      _LAUP,
      0,
      () => ListAttachedUserPoliciesRequest$,
      () => ListAttachedUserPoliciesResponse$
    ];
    var ListDelegationRequests$ = [
      9,
      n0,
      _LDR,
      0,
      () => ListDelegationRequestsRequest$,
      () => ListDelegationRequestsResponse$
    ];
    var ListEntitiesForPolicy$ = [
      9,
      n0,
      _LEFP,
      0,
      () => ListEntitiesForPolicyRequest$,
      () => ListEntitiesForPolicyResponse$
    ];
    var ListGroupPolicies$ = [
      9,
      n0,
      _LGP,
      0,
      () => ListGroupPoliciesRequest$,
      () => ListGroupPoliciesResponse$
    ];
    var ListGroups$ = [
      9,
      n0,
      _LG,
      0,
      () => ListGroupsRequest$,
      () => ListGroupsResponse$
    ];
    var ListGroupsForUser$ = [
      9,
      n0,
      _LGFU,
      0,
      () => ListGroupsForUserRequest$,
      () => ListGroupsForUserResponse$
    ];
    var ListInstanceProfiles$ = [
      9,
      n0,
      _LIP,
      0,
      () => ListInstanceProfilesRequest$,
      () => ListInstanceProfilesResponse$
    ];
    var ListInstanceProfilesForRole$ = [
      9,
      n0,
      _LIPFR,
      0,
      () => ListInstanceProfilesForRoleRequest$,
      () => ListInstanceProfilesForRoleResponse$
    ];
    var ListInstanceProfileTags$ = [
      9,
      n0,
      _LIPT,
      0,
      () => ListInstanceProfileTagsRequest$,
      () => ListInstanceProfileTagsResponse$
    ];
    var ListMFADevices$ = [
      9,
      n0,
      _LMFAD,
      0,
      () => ListMFADevicesRequest$,
      () => ListMFADevicesResponse$
    ];
    var ListMFADeviceTags$ = [
      9,
      n0,
      _LMFADT,
      0,
      () => ListMFADeviceTagsRequest$,
      () => ListMFADeviceTagsResponse$
    ];
    var ListOpenIDConnectProviders$ = [
      9,
      n0,
      _LOIDCP,
      0,
      () => ListOpenIDConnectProvidersRequest$,
      () => ListOpenIDConnectProvidersResponse$
    ];
    var ListOpenIDConnectProviderTags$ = [
      9,
      n0,
      _LOIDCPT,
      0,
      () => ListOpenIDConnectProviderTagsRequest$,
      () => ListOpenIDConnectProviderTagsResponse$
    ];
    var ListOrganizationsFeatures$ = [
      9,
      n0,
      _LOF,
      0,
      () => ListOrganizationsFeaturesRequest$,
      () => ListOrganizationsFeaturesResponse$
    ];
    var ListPolicies$ = [
      9,
      n0,
      _LPi,
      0,
      () => ListPoliciesRequest$,
      () => ListPoliciesResponse$
    ];
    var ListPoliciesGrantingServiceAccess$ = [
      9,
      n0,
      _LPGSA,
      0,
      () => ListPoliciesGrantingServiceAccessRequest$,
      () => ListPoliciesGrantingServiceAccessResponse$
    ];
    var ListPolicyTags$ = [
      9,
      n0,
      _LPT,
      0,
      () => ListPolicyTagsRequest$,
      () => ListPolicyTagsResponse$
    ];
    var ListPolicyVersions$ = [
      9,
      n0,
      _LPV,
      0,
      () => ListPolicyVersionsRequest$,
      () => ListPolicyVersionsResponse$
    ];
    var ListRolePolicies$ = [
      9,
      n0,
      _LRP,
      0,
      () => ListRolePoliciesRequest$,
      () => ListRolePoliciesResponse$
    ];
    var ListRoles$ = [
      9,
      n0,
      _LR,
      0,
      () => ListRolesRequest$,
      () => ListRolesResponse$
    ];
    var ListRoleTags$ = [
      9,
      n0,
      _LRT,
      0,
      () => ListRoleTagsRequest$,
      () => ListRoleTagsResponse$
    ];
    var ListSAMLProviders$ = [
      9,
      n0,
      _LSAMLP,
      0,
      () => ListSAMLProvidersRequest$,
      () => ListSAMLProvidersResponse$
    ];
    var ListSAMLProviderTags$ = [
      9,
      n0,
      _LSAMLPT,
      0,
      () => ListSAMLProviderTagsRequest$,
      () => ListSAMLProviderTagsResponse$
    ];
    var ListServerCertificates$ = [
      9,
      n0,
      _LSC,
      0,
      () => ListServerCertificatesRequest$,
      () => ListServerCertificatesResponse$
    ];
    var ListServerCertificateTags$ = [
      9,
      n0,
      _LSCT,
      0,
      () => ListServerCertificateTagsRequest$,
      () => ListServerCertificateTagsResponse$
    ];
    var ListServiceSpecificCredentials$ = [
      9,
      n0,
      _LSSC,
      0,
      () => ListServiceSpecificCredentialsRequest$,
      () => ListServiceSpecificCredentialsResponse$
    ];
    var ListSigningCertificates$ = [
      9,
      n0,
      _LSCi,
      0,
      () => ListSigningCertificatesRequest$,
      () => ListSigningCertificatesResponse$
    ];
    var ListSSHPublicKeys$ = [
      9,
      n0,
      _LSSHPK,
      0,
      () => ListSSHPublicKeysRequest$,
      () => ListSSHPublicKeysResponse$
    ];
    var ListUserPolicies$ = [
      9,
      n0,
      _LUP,
      0,
      () => ListUserPoliciesRequest$,
      () => ListUserPoliciesResponse$
    ];
    var ListUsers$ = [
      9,
      n0,
      _LU,
      0,
      () => ListUsersRequest$,
      () => ListUsersResponse$
    ];
    var ListUserTags$ = [
      9,
      n0,
      _LUT,
      0,
      () => ListUserTagsRequest$,
      () => ListUserTagsResponse$
    ];
    var ListVirtualMFADevices$ = [
      9,
      n0,
      _LVMFAD,
      0,
      () => ListVirtualMFADevicesRequest$,
      () => ListVirtualMFADevicesResponse$
    ];
    var PutAccountProperties$ = [
      9,
      n0,
      _PAP,
      0,
      () => PutAccountPropertiesRequest$,
      () => PutAccountPropertiesResponse$
    ];
    var PutGroupPolicy$ = [
      9,
      n0,
      _PGP,
      0,
      () => PutGroupPolicyRequest$,
      () => __Unit
    ];
    var PutRolePermissionsBoundary$ = [
      9,
      n0,
      _PRPB,
      0,
      () => PutRolePermissionsBoundaryRequest$,
      () => __Unit
    ];
    var PutRolePolicy$ = [
      9,
      n0,
      _PRPu,
      0,
      () => PutRolePolicyRequest$,
      () => __Unit
    ];
    var PutUserPermissionsBoundary$ = [
      9,
      n0,
      _PUPB,
      0,
      () => PutUserPermissionsBoundaryRequest$,
      () => __Unit
    ];
    var PutUserPolicy$ = [
      9,
      n0,
      _PUP,
      0,
      () => PutUserPolicyRequest$,
      () => __Unit
    ];
    var RejectDelegationRequest$ = [
      9,
      n0,
      _RDR,
      0,
      () => RejectDelegationRequestRequest$,
      () => __Unit
    ];
    var RemoveClientIDFromOpenIDConnectProvider$ = [
      9,
      n0,
      _RCIDFOIDCP,
      0,
      () => RemoveClientIDFromOpenIDConnectProviderRequest$,
      () => __Unit
    ];
    var RemoveRoleFromInstanceProfile$ = [
      9,
      n0,
      _RRFIP,
      0,
      () => RemoveRoleFromInstanceProfileRequest$,
      () => __Unit
    ];
    var RemoveUserFromGroup$ = [
      9,
      n0,
      _RUFG,
      0,
      () => RemoveUserFromGroupRequest$,
      () => __Unit
    ];
    var ResetServiceSpecificCredential$ = [
      9,
      n0,
      _RSSC,
      0,
      () => ResetServiceSpecificCredentialRequest$,
      () => ResetServiceSpecificCredentialResponse$
    ];
    var ResyncMFADevice$ = [
      9,
      n0,
      _RMFAD,
      0,
      () => ResyncMFADeviceRequest$,
      () => __Unit
    ];
    var SendDelegationToken$ = [
      9,
      n0,
      _SDT,
      0,
      () => SendDelegationTokenRequest$,
      () => __Unit
    ];
    var SetDefaultPolicyVersion$ = [
      9,
      n0,
      _SDPV,
      0,
      () => SetDefaultPolicyVersionRequest$,
      () => __Unit
    ];
    var SetSecurityTokenServicePreferences$ = [
      9,
      n0,
      _SSTSP,
      0,
      () => SetSecurityTokenServicePreferencesRequest$,
      () => __Unit
    ];
    var SimulateCustomPolicy$ = [
      9,
      n0,
      _SCP,
      0,
      () => SimulateCustomPolicyRequest$,
      () => SimulatePolicyResponse$
    ];
    var SimulatePrincipalPolicy$ = [
      9,
      n0,
      _SPP,
      0,
      () => SimulatePrincipalPolicyRequest$,
      () => SimulatePolicyResponse$
    ];
    var TagInstanceProfile$ = [
      9,
      n0,
      _TIP,
      0,
      () => TagInstanceProfileRequest$,
      () => __Unit
    ];
    var TagMFADevice$ = [
      9,
      n0,
      _TMFAD,
      0,
      () => TagMFADeviceRequest$,
      () => __Unit
    ];
    var TagOpenIDConnectProvider$ = [
      9,
      n0,
      _TOIDCP,
      0,
      () => TagOpenIDConnectProviderRequest$,
      () => __Unit
    ];
    var TagPolicy$ = [
      9,
      n0,
      _TP,
      0,
      () => TagPolicyRequest$,
      () => __Unit
    ];
    var TagRole$ = [
      9,
      n0,
      _TR,
      0,
      () => TagRoleRequest$,
      () => __Unit
    ];
    var TagSAMLProvider$ = [
      9,
      n0,
      _TSAMLP,
      0,
      () => TagSAMLProviderRequest$,
      () => __Unit
    ];
    var TagServerCertificate$ = [
      9,
      n0,
      _TSC,
      0,
      () => TagServerCertificateRequest$,
      () => __Unit
    ];
    var TagUser$ = [
      9,
      n0,
      _TU,
      0,
      () => TagUserRequest$,
      () => __Unit
    ];
    var UntagInstanceProfile$ = [
      9,
      n0,
      _UIP,
      0,
      () => UntagInstanceProfileRequest$,
      () => __Unit
    ];
    var UntagMFADevice$ = [
      9,
      n0,
      _UMFAD,
      0,
      () => UntagMFADeviceRequest$,
      () => __Unit
    ];
    var UntagOpenIDConnectProvider$ = [
      9,
      n0,
      _UOIDCP,
      0,
      () => UntagOpenIDConnectProviderRequest$,
      () => __Unit
    ];
    var UntagPolicy$ = [
      9,
      n0,
      _UP,
      0,
      () => UntagPolicyRequest$,
      () => __Unit
    ];
    var UntagRole$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagRoleRequest$,
      () => __Unit
    ];
    var UntagSAMLProvider$ = [
      9,
      n0,
      _USAMLP,
      0,
      () => UntagSAMLProviderRequest$,
      () => __Unit
    ];
    var UntagServerCertificate$ = [
      9,
      n0,
      _USC,
      0,
      () => UntagServerCertificateRequest$,
      () => __Unit
    ];
    var UntagUser$ = [
      9,
      n0,
      _UU,
      0,
      () => UntagUserRequest$,
      () => __Unit
    ];
    var UpdateAccessKey$ = [
      9,
      n0,
      _UAK,
      0,
      () => UpdateAccessKeyRequest$,
      () => __Unit
    ];
    var UpdateAccountPasswordPolicy$ = [
      9,
      n0,
      _UAPP,
      0,
      () => UpdateAccountPasswordPolicyRequest$,
      () => __Unit
    ];
    var UpdateAssumeRolePolicy$ = [
      9,
      n0,
      _UARP,
      0,
      () => UpdateAssumeRolePolicyRequest$,
      () => __Unit
    ];
    var UpdateDelegationRequest$ = [
      9,
      n0,
      _UDR,
      0,
      () => UpdateDelegationRequestRequest$,
      () => __Unit
    ];
    var UpdateGroup$ = [
      9,
      n0,
      _UG,
      0,
      () => UpdateGroupRequest$,
      () => __Unit
    ];
    var UpdateLoginProfile$ = [
      9,
      n0,
      _ULP,
      0,
      () => UpdateLoginProfileRequest$,
      () => __Unit
    ];
    var UpdateOpenIDConnectProviderThumbprint$ = [
      9,
      n0,
      _UOIDCPT,
      0,
      () => UpdateOpenIDConnectProviderThumbprintRequest$,
      () => __Unit
    ];
    var UpdateRole$ = [
      9,
      n0,
      _URp,
      0,
      () => UpdateRoleRequest$,
      () => UpdateRoleResponse$
    ];
    var UpdateRoleDescription$ = [
      9,
      n0,
      _URD,
      0,
      () => UpdateRoleDescriptionRequest$,
      () => UpdateRoleDescriptionResponse$
    ];
    var UpdateSAMLProvider$ = [
      9,
      n0,
      _USAMLPp,
      0,
      () => UpdateSAMLProviderRequest$,
      () => UpdateSAMLProviderResponse$
    ];
    var UpdateServerCertificate$ = [
      9,
      n0,
      _USCp,
      0,
      () => UpdateServerCertificateRequest$,
      () => __Unit
    ];
    var UpdateServiceSpecificCredential$ = [
      9,
      n0,
      _USSC,
      0,
      () => UpdateServiceSpecificCredentialRequest$,
      () => __Unit
    ];
    var UpdateSigningCertificate$ = [
      9,
      n0,
      _USCpd,
      0,
      () => UpdateSigningCertificateRequest$,
      () => __Unit
    ];
    var UpdateSSHPublicKey$ = [
      9,
      n0,
      _USSHPK,
      0,
      () => UpdateSSHPublicKeyRequest$,
      () => __Unit
    ];
    var UpdateUser$ = [
      9,
      n0,
      _UUp,
      0,
      () => UpdateUserRequest$,
      () => __Unit
    ];
    var UploadServerCertificate$ = [
      9,
      n0,
      _USCpl,
      0,
      () => UploadServerCertificateRequest$,
      () => UploadServerCertificateResponse$
    ];
    var UploadSigningCertificate$ = [
      9,
      n0,
      _USCplo,
      0,
      () => UploadSigningCertificateRequest$,
      () => UploadSigningCertificateResponse$
    ];
    var UploadSSHPublicKey$ = [
      9,
      n0,
      _USSHPKp,
      0,
      () => UploadSSHPublicKeyRequest$,
      () => UploadSSHPublicKeyResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
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
    var IAMClient4 = class extends Client {
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
    var command = makeBuilder(commonParams, "AWSIdentityManagementV20100508", "IAMClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o2) => [];
    var AcceptDelegationRequestCommand = class extends command(_ep0, _mw0, "AcceptDelegationRequest", AcceptDelegationRequest$) {
    };
    var AcquireRoleCommand = class extends command(_ep0, _mw0, "AcquireRole", AcquireRole$) {
    };
    var AddClientIDToOpenIDConnectProviderCommand = class extends command(_ep0, _mw0, "AddClientIDToOpenIDConnectProvider", AddClientIDToOpenIDConnectProvider$) {
    };
    var AddRoleToInstanceProfileCommand = class extends command(_ep0, _mw0, "AddRoleToInstanceProfile", AddRoleToInstanceProfile$) {
    };
    var AddUserToGroupCommand = class extends command(_ep0, _mw0, "AddUserToGroup", AddUserToGroup$) {
    };
    var AssociateDelegationRequestCommand = class extends command(_ep0, _mw0, "AssociateDelegationRequest", AssociateDelegationRequest$) {
    };
    var AttachGroupPolicyCommand = class extends command(_ep0, _mw0, "AttachGroupPolicy", AttachGroupPolicy$) {
    };
    var AttachRolePolicyCommand = class extends command(_ep0, _mw0, "AttachRolePolicy", AttachRolePolicy$) {
    };
    var AttachUserPolicyCommand = class extends command(_ep0, _mw0, "AttachUserPolicy", AttachUserPolicy$) {
    };
    var ChangePasswordCommand = class extends command(_ep0, _mw0, "ChangePassword", ChangePassword$) {
    };
    var CreateAccessKeyCommand = class extends command(_ep0, _mw0, "CreateAccessKey", CreateAccessKey$) {
    };
    var CreateAccountAliasCommand = class extends command(_ep0, _mw0, "CreateAccountAlias", CreateAccountAlias$) {
    };
    var CreateDelegationRequestCommand = class extends command(_ep0, _mw0, "CreateDelegationRequest", CreateDelegationRequest$) {
    };
    var CreateGroupCommand = class extends command(_ep0, _mw0, "CreateGroup", CreateGroup$) {
    };
    var CreateInstanceProfileCommand = class extends command(_ep0, _mw0, "CreateInstanceProfile", CreateInstanceProfile$) {
    };
    var CreateLoginProfileCommand = class extends command(_ep0, _mw0, "CreateLoginProfile", CreateLoginProfile$) {
    };
    var CreateOpenIDConnectProviderCommand = class extends command(_ep0, _mw0, "CreateOpenIDConnectProvider", CreateOpenIDConnectProvider$) {
    };
    var CreatePolicyCommand = class extends command(_ep0, _mw0, "CreatePolicy", CreatePolicy$) {
    };
    var CreatePolicyVersionCommand = class extends command(_ep0, _mw0, "CreatePolicyVersion", CreatePolicyVersion$) {
    };
    var CreateRoleCommand = class extends command(_ep0, _mw0, "CreateRole", CreateRole$) {
    };
    var CreateSAMLProviderCommand = class extends command(_ep0, _mw0, "CreateSAMLProvider", CreateSAMLProvider$) {
    };
    var CreateServiceLinkedRoleCommand = class extends command(_ep0, _mw0, "CreateServiceLinkedRole", CreateServiceLinkedRole$) {
    };
    var CreateServiceSpecificCredentialCommand = class extends command(_ep0, _mw0, "CreateServiceSpecificCredential", CreateServiceSpecificCredential$) {
    };
    var CreateUserCommand = class extends command(_ep0, _mw0, "CreateUser", CreateUser$) {
    };
    var CreateVirtualMFADeviceCommand = class extends command(_ep0, _mw0, "CreateVirtualMFADevice", CreateVirtualMFADevice$) {
    };
    var DeactivateMFADeviceCommand = class extends command(_ep0, _mw0, "DeactivateMFADevice", DeactivateMFADevice$) {
    };
    var DeleteAccessKeyCommand = class extends command(_ep0, _mw0, "DeleteAccessKey", DeleteAccessKey$) {
    };
    var DeleteAccountAliasCommand = class extends command(_ep0, _mw0, "DeleteAccountAlias", DeleteAccountAlias$) {
    };
    var DeleteAccountPasswordPolicyCommand = class extends command(_ep0, _mw0, "DeleteAccountPasswordPolicy", DeleteAccountPasswordPolicy$) {
    };
    var DeleteGroupCommand = class extends command(_ep0, _mw0, "DeleteGroup", DeleteGroup$) {
    };
    var DeleteGroupPolicyCommand = class extends command(_ep0, _mw0, "DeleteGroupPolicy", DeleteGroupPolicy$) {
    };
    var DeleteInstanceProfileCommand = class extends command(_ep0, _mw0, "DeleteInstanceProfile", DeleteInstanceProfile$) {
    };
    var DeleteLoginProfileCommand = class extends command(_ep0, _mw0, "DeleteLoginProfile", DeleteLoginProfile$) {
    };
    var DeleteOpenIDConnectProviderCommand = class extends command(_ep0, _mw0, "DeleteOpenIDConnectProvider", DeleteOpenIDConnectProvider$) {
    };
    var DeletePolicyCommand = class extends command(_ep0, _mw0, "DeletePolicy", DeletePolicy$) {
    };
    var DeletePolicyVersionCommand = class extends command(_ep0, _mw0, "DeletePolicyVersion", DeletePolicyVersion$) {
    };
    var DeleteRoleCommand = class extends command(_ep0, _mw0, "DeleteRole", DeleteRole$) {
    };
    var DeleteRolePermissionsBoundaryCommand = class extends command(_ep0, _mw0, "DeleteRolePermissionsBoundary", DeleteRolePermissionsBoundary$) {
    };
    var DeleteRolePolicyCommand = class extends command(_ep0, _mw0, "DeleteRolePolicy", DeleteRolePolicy$) {
    };
    var DeleteSAMLProviderCommand = class extends command(_ep0, _mw0, "DeleteSAMLProvider", DeleteSAMLProvider$) {
    };
    var DeleteServerCertificateCommand = class extends command(_ep0, _mw0, "DeleteServerCertificate", DeleteServerCertificate$) {
    };
    var DeleteServiceLinkedRoleCommand = class extends command(_ep0, _mw0, "DeleteServiceLinkedRole", DeleteServiceLinkedRole$) {
    };
    var DeleteServiceSpecificCredentialCommand = class extends command(_ep0, _mw0, "DeleteServiceSpecificCredential", DeleteServiceSpecificCredential$) {
    };
    var DeleteSigningCertificateCommand = class extends command(_ep0, _mw0, "DeleteSigningCertificate", DeleteSigningCertificate$) {
    };
    var DeleteSSHPublicKeyCommand = class extends command(_ep0, _mw0, "DeleteSSHPublicKey", DeleteSSHPublicKey$) {
    };
    var DeleteUserCommand = class extends command(_ep0, _mw0, "DeleteUser", DeleteUser$) {
    };
    var DeleteUserPermissionsBoundaryCommand = class extends command(_ep0, _mw0, "DeleteUserPermissionsBoundary", DeleteUserPermissionsBoundary$) {
    };
    var DeleteUserPolicyCommand = class extends command(_ep0, _mw0, "DeleteUserPolicy", DeleteUserPolicy$) {
    };
    var DeleteVirtualMFADeviceCommand = class extends command(_ep0, _mw0, "DeleteVirtualMFADevice", DeleteVirtualMFADevice$) {
    };
    var DetachGroupPolicyCommand = class extends command(_ep0, _mw0, "DetachGroupPolicy", DetachGroupPolicy$) {
    };
    var DetachRolePolicyCommand = class extends command(_ep0, _mw0, "DetachRolePolicy", DetachRolePolicy$) {
    };
    var DetachUserPolicyCommand = class extends command(_ep0, _mw0, "DetachUserPolicy", DetachUserPolicy$) {
    };
    var DisableOrganizationsRootCredentialsManagementCommand = class extends command(_ep0, _mw0, "DisableOrganizationsRootCredentialsManagement", DisableOrganizationsRootCredentialsManagement$) {
    };
    var DisableOrganizationsRootSessionsCommand = class extends command(_ep0, _mw0, "DisableOrganizationsRootSessions", DisableOrganizationsRootSessions$) {
    };
    var DisableOutboundWebIdentityFederationCommand = class extends command(_ep0, _mw0, "DisableOutboundWebIdentityFederation", DisableOutboundWebIdentityFederation$) {
    };
    var EnableMFADeviceCommand = class extends command(_ep0, _mw0, "EnableMFADevice", EnableMFADevice$) {
    };
    var EnableOrganizationsRootCredentialsManagementCommand = class extends command(_ep0, _mw0, "EnableOrganizationsRootCredentialsManagement", EnableOrganizationsRootCredentialsManagement$) {
    };
    var EnableOrganizationsRootSessionsCommand = class extends command(_ep0, _mw0, "EnableOrganizationsRootSessions", EnableOrganizationsRootSessions$) {
    };
    var EnableOutboundWebIdentityFederationCommand = class extends command(_ep0, _mw0, "EnableOutboundWebIdentityFederation", EnableOutboundWebIdentityFederation$) {
    };
    var GenerateCredentialReportCommand = class extends command(_ep0, _mw0, "GenerateCredentialReport", GenerateCredentialReport$) {
    };
    var GenerateOrganizationsAccessReportCommand = class extends command(_ep0, _mw0, "GenerateOrganizationsAccessReport", GenerateOrganizationsAccessReport$) {
    };
    var GenerateServiceLastAccessedDetailsCommand2 = class extends command(_ep0, _mw0, "GenerateServiceLastAccessedDetails", GenerateServiceLastAccessedDetails$) {
    };
    var GetAccessKeyLastUsedCommand = class extends command(_ep0, _mw0, "GetAccessKeyLastUsed", GetAccessKeyLastUsed$) {
    };
    var GetAccountAuthorizationDetailsCommand = class extends command(_ep0, _mw0, "GetAccountAuthorizationDetails", GetAccountAuthorizationDetails$) {
    };
    var GetAccountPasswordPolicyCommand = class extends command(_ep0, _mw0, "GetAccountPasswordPolicy", GetAccountPasswordPolicy$) {
    };
    var GetAccountPropertiesCommand = class extends command(_ep0, _mw0, "GetAccountProperties", GetAccountProperties$) {
    };
    var GetAccountSummaryCommand = class extends command(_ep0, _mw0, "GetAccountSummary", GetAccountSummary$) {
    };
    var GetContextKeysForCustomPolicyCommand = class extends command(_ep0, _mw0, "GetContextKeysForCustomPolicy", GetContextKeysForCustomPolicy$) {
    };
    var GetContextKeysForPrincipalPolicyCommand = class extends command(_ep0, _mw0, "GetContextKeysForPrincipalPolicy", GetContextKeysForPrincipalPolicy$) {
    };
    var GetCredentialReportCommand = class extends command(_ep0, _mw0, "GetCredentialReport", GetCredentialReport$) {
    };
    var GetDelegationRequestCommand = class extends command(_ep0, _mw0, "GetDelegationRequest", GetDelegationRequest$) {
    };
    var GetGroupCommand = class extends command(_ep0, _mw0, "GetGroup", GetGroup$) {
    };
    var GetGroupPolicyCommand = class extends command(_ep0, _mw0, "GetGroupPolicy", GetGroupPolicy$) {
    };
    var GetHumanReadableSummaryCommand = class extends command(_ep0, _mw0, "GetHumanReadableSummary", GetHumanReadableSummary$) {
    };
    var GetInstanceProfileCommand = class extends command(_ep0, _mw0, "GetInstanceProfile", GetInstanceProfile$) {
    };
    var GetLoginProfileCommand = class extends command(_ep0, _mw0, "GetLoginProfile", GetLoginProfile$) {
    };
    var GetMFADeviceCommand = class extends command(_ep0, _mw0, "GetMFADevice", GetMFADevice$) {
    };
    var GetOpenIDConnectProviderCommand = class extends command(_ep0, _mw0, "GetOpenIDConnectProvider", GetOpenIDConnectProvider$) {
    };
    var GetOrganizationsAccessReportCommand = class extends command(_ep0, _mw0, "GetOrganizationsAccessReport", GetOrganizationsAccessReport$) {
    };
    var GetOutboundWebIdentityFederationInfoCommand = class extends command(_ep0, _mw0, "GetOutboundWebIdentityFederationInfo", GetOutboundWebIdentityFederationInfo$) {
    };
    var GetPolicyCommand2 = class extends command(_ep0, _mw0, "GetPolicy", GetPolicy$) {
    };
    var GetPolicyVersionCommand = class extends command(_ep0, _mw0, "GetPolicyVersion", GetPolicyVersion$) {
    };
    var GetRoleCommand2 = class extends command(_ep0, _mw0, "GetRole", GetRole$) {
    };
    var GetRolePolicyCommand2 = class extends command(_ep0, _mw0, "GetRolePolicy", GetRolePolicy$) {
    };
    var GetRoleTemplateVersionCommand = class extends command(_ep0, _mw0, "GetRoleTemplateVersion", GetRoleTemplateVersion$) {
    };
    var GetSAMLProviderCommand = class extends command(_ep0, _mw0, "GetSAMLProvider", GetSAMLProvider$) {
    };
    var GetServerCertificateCommand = class extends command(_ep0, _mw0, "GetServerCertificate", GetServerCertificate$) {
    };
    var GetServiceLastAccessedDetailsCommand2 = class extends command(_ep0, _mw0, "GetServiceLastAccessedDetails", GetServiceLastAccessedDetails$) {
    };
    var GetServiceLastAccessedDetailsWithEntitiesCommand = class extends command(_ep0, _mw0, "GetServiceLastAccessedDetailsWithEntities", GetServiceLastAccessedDetailsWithEntities$) {
    };
    var GetServiceLinkedRoleDeletionStatusCommand = class extends command(_ep0, _mw0, "GetServiceLinkedRoleDeletionStatus", GetServiceLinkedRoleDeletionStatus$) {
    };
    var GetSSHPublicKeyCommand = class extends command(_ep0, _mw0, "GetSSHPublicKey", GetSSHPublicKey$) {
    };
    var GetUserCommand = class extends command(_ep0, _mw0, "GetUser", GetUser$) {
    };
    var GetUserPolicyCommand = class extends command(_ep0, _mw0, "GetUserPolicy", GetUserPolicy$) {
    };
    var ListAccessKeysCommand = class extends command(_ep0, _mw0, "ListAccessKeys", ListAccessKeys$) {
    };
    var ListAccountAliasesCommand = class extends command(_ep0, _mw0, "ListAccountAliases", ListAccountAliases$) {
    };
    var ListAttachedGroupPoliciesCommand = class extends command(_ep0, _mw0, "ListAttachedGroupPolicies", ListAttachedGroupPolicies$) {
    };
    var ListAttachedRolePoliciesCommand = class extends command(_ep0, _mw0, "ListAttachedRolePolicies", ListAttachedRolePolicies$) {
    };
    var ListAttachedUserPoliciesCommand = class extends command(_ep0, _mw0, "ListAttachedUserPolicies", ListAttachedUserPolicies$) {
    };
    var ListDelegationRequestsCommand = class extends command(_ep0, _mw0, "ListDelegationRequests", ListDelegationRequests$) {
    };
    var ListEntitiesForPolicyCommand = class extends command(_ep0, _mw0, "ListEntitiesForPolicy", ListEntitiesForPolicy$) {
    };
    var ListGroupPoliciesCommand = class extends command(_ep0, _mw0, "ListGroupPolicies", ListGroupPolicies$) {
    };
    var ListGroupsCommand = class extends command(_ep0, _mw0, "ListGroups", ListGroups$) {
    };
    var ListGroupsForUserCommand = class extends command(_ep0, _mw0, "ListGroupsForUser", ListGroupsForUser$) {
    };
    var ListInstanceProfilesCommand = class extends command(_ep0, _mw0, "ListInstanceProfiles", ListInstanceProfiles$) {
    };
    var ListInstanceProfilesForRoleCommand = class extends command(_ep0, _mw0, "ListInstanceProfilesForRole", ListInstanceProfilesForRole$) {
    };
    var ListInstanceProfileTagsCommand = class extends command(_ep0, _mw0, "ListInstanceProfileTags", ListInstanceProfileTags$) {
    };
    var ListMFADevicesCommand = class extends command(_ep0, _mw0, "ListMFADevices", ListMFADevices$) {
    };
    var ListMFADeviceTagsCommand = class extends command(_ep0, _mw0, "ListMFADeviceTags", ListMFADeviceTags$) {
    };
    var ListOpenIDConnectProvidersCommand = class extends command(_ep0, _mw0, "ListOpenIDConnectProviders", ListOpenIDConnectProviders$) {
    };
    var ListOpenIDConnectProviderTagsCommand = class extends command(_ep0, _mw0, "ListOpenIDConnectProviderTags", ListOpenIDConnectProviderTags$) {
    };
    var ListOrganizationsFeaturesCommand = class extends command(_ep0, _mw0, "ListOrganizationsFeatures", ListOrganizationsFeatures$) {
    };
    var ListPoliciesCommand = class extends command(_ep0, _mw0, "ListPolicies", ListPolicies$) {
    };
    var ListPoliciesGrantingServiceAccessCommand = class extends command(_ep0, _mw0, "ListPoliciesGrantingServiceAccess", ListPoliciesGrantingServiceAccess$) {
    };
    var ListPolicyTagsCommand = class extends command(_ep0, _mw0, "ListPolicyTags", ListPolicyTags$) {
    };
    var ListPolicyVersionsCommand = class extends command(_ep0, _mw0, "ListPolicyVersions", ListPolicyVersions$) {
    };
    var ListRolePoliciesCommand = class extends command(_ep0, _mw0, "ListRolePolicies", ListRolePolicies$) {
    };
    var ListRolesCommand = class extends command(_ep0, _mw0, "ListRoles", ListRoles$) {
    };
    var ListRoleTagsCommand = class extends command(_ep0, _mw0, "ListRoleTags", ListRoleTags$) {
    };
    var ListSAMLProvidersCommand = class extends command(_ep0, _mw0, "ListSAMLProviders", ListSAMLProviders$) {
    };
    var ListSAMLProviderTagsCommand = class extends command(_ep0, _mw0, "ListSAMLProviderTags", ListSAMLProviderTags$) {
    };
    var ListServerCertificatesCommand = class extends command(_ep0, _mw0, "ListServerCertificates", ListServerCertificates$) {
    };
    var ListServerCertificateTagsCommand = class extends command(_ep0, _mw0, "ListServerCertificateTags", ListServerCertificateTags$) {
    };
    var ListServiceSpecificCredentialsCommand = class extends command(_ep0, _mw0, "ListServiceSpecificCredentials", ListServiceSpecificCredentials$) {
    };
    var ListSigningCertificatesCommand = class extends command(_ep0, _mw0, "ListSigningCertificates", ListSigningCertificates$) {
    };
    var ListSSHPublicKeysCommand = class extends command(_ep0, _mw0, "ListSSHPublicKeys", ListSSHPublicKeys$) {
    };
    var ListUserPoliciesCommand = class extends command(_ep0, _mw0, "ListUserPolicies", ListUserPolicies$) {
    };
    var ListUsersCommand = class extends command(_ep0, _mw0, "ListUsers", ListUsers$) {
    };
    var ListUserTagsCommand = class extends command(_ep0, _mw0, "ListUserTags", ListUserTags$) {
    };
    var ListVirtualMFADevicesCommand = class extends command(_ep0, _mw0, "ListVirtualMFADevices", ListVirtualMFADevices$) {
    };
    var PutAccountPropertiesCommand = class extends command(_ep0, _mw0, "PutAccountProperties", PutAccountProperties$) {
    };
    var PutGroupPolicyCommand = class extends command(_ep0, _mw0, "PutGroupPolicy", PutGroupPolicy$) {
    };
    var PutRolePermissionsBoundaryCommand = class extends command(_ep0, _mw0, "PutRolePermissionsBoundary", PutRolePermissionsBoundary$) {
    };
    var PutRolePolicyCommand = class extends command(_ep0, _mw0, "PutRolePolicy", PutRolePolicy$) {
    };
    var PutUserPermissionsBoundaryCommand = class extends command(_ep0, _mw0, "PutUserPermissionsBoundary", PutUserPermissionsBoundary$) {
    };
    var PutUserPolicyCommand = class extends command(_ep0, _mw0, "PutUserPolicy", PutUserPolicy$) {
    };
    var RejectDelegationRequestCommand = class extends command(_ep0, _mw0, "RejectDelegationRequest", RejectDelegationRequest$) {
    };
    var RemoveClientIDFromOpenIDConnectProviderCommand = class extends command(_ep0, _mw0, "RemoveClientIDFromOpenIDConnectProvider", RemoveClientIDFromOpenIDConnectProvider$) {
    };
    var RemoveRoleFromInstanceProfileCommand = class extends command(_ep0, _mw0, "RemoveRoleFromInstanceProfile", RemoveRoleFromInstanceProfile$) {
    };
    var RemoveUserFromGroupCommand = class extends command(_ep0, _mw0, "RemoveUserFromGroup", RemoveUserFromGroup$) {
    };
    var ResetServiceSpecificCredentialCommand = class extends command(_ep0, _mw0, "ResetServiceSpecificCredential", ResetServiceSpecificCredential$) {
    };
    var ResyncMFADeviceCommand = class extends command(_ep0, _mw0, "ResyncMFADevice", ResyncMFADevice$) {
    };
    var SendDelegationTokenCommand = class extends command(_ep0, _mw0, "SendDelegationToken", SendDelegationToken$) {
    };
    var SetDefaultPolicyVersionCommand = class extends command(_ep0, _mw0, "SetDefaultPolicyVersion", SetDefaultPolicyVersion$) {
    };
    var SetSecurityTokenServicePreferencesCommand = class extends command(_ep0, _mw0, "SetSecurityTokenServicePreferences", SetSecurityTokenServicePreferences$) {
    };
    var SimulateCustomPolicyCommand = class extends command(_ep0, _mw0, "SimulateCustomPolicy", SimulateCustomPolicy$) {
    };
    var SimulatePrincipalPolicyCommand = class extends command(_ep0, _mw0, "SimulatePrincipalPolicy", SimulatePrincipalPolicy$) {
    };
    var TagInstanceProfileCommand = class extends command(_ep0, _mw0, "TagInstanceProfile", TagInstanceProfile$) {
    };
    var TagMFADeviceCommand = class extends command(_ep0, _mw0, "TagMFADevice", TagMFADevice$) {
    };
    var TagOpenIDConnectProviderCommand = class extends command(_ep0, _mw0, "TagOpenIDConnectProvider", TagOpenIDConnectProvider$) {
    };
    var TagPolicyCommand = class extends command(_ep0, _mw0, "TagPolicy", TagPolicy$) {
    };
    var TagRoleCommand = class extends command(_ep0, _mw0, "TagRole", TagRole$) {
    };
    var TagSAMLProviderCommand = class extends command(_ep0, _mw0, "TagSAMLProvider", TagSAMLProvider$) {
    };
    var TagServerCertificateCommand = class extends command(_ep0, _mw0, "TagServerCertificate", TagServerCertificate$) {
    };
    var TagUserCommand = class extends command(_ep0, _mw0, "TagUser", TagUser$) {
    };
    var UntagInstanceProfileCommand = class extends command(_ep0, _mw0, "UntagInstanceProfile", UntagInstanceProfile$) {
    };
    var UntagMFADeviceCommand = class extends command(_ep0, _mw0, "UntagMFADevice", UntagMFADevice$) {
    };
    var UntagOpenIDConnectProviderCommand = class extends command(_ep0, _mw0, "UntagOpenIDConnectProvider", UntagOpenIDConnectProvider$) {
    };
    var UntagPolicyCommand = class extends command(_ep0, _mw0, "UntagPolicy", UntagPolicy$) {
    };
    var UntagRoleCommand = class extends command(_ep0, _mw0, "UntagRole", UntagRole$) {
    };
    var UntagSAMLProviderCommand = class extends command(_ep0, _mw0, "UntagSAMLProvider", UntagSAMLProvider$) {
    };
    var UntagServerCertificateCommand = class extends command(_ep0, _mw0, "UntagServerCertificate", UntagServerCertificate$) {
    };
    var UntagUserCommand = class extends command(_ep0, _mw0, "UntagUser", UntagUser$) {
    };
    var UpdateAccessKeyCommand = class extends command(_ep0, _mw0, "UpdateAccessKey", UpdateAccessKey$) {
    };
    var UpdateAccountPasswordPolicyCommand = class extends command(_ep0, _mw0, "UpdateAccountPasswordPolicy", UpdateAccountPasswordPolicy$) {
    };
    var UpdateAssumeRolePolicyCommand = class extends command(_ep0, _mw0, "UpdateAssumeRolePolicy", UpdateAssumeRolePolicy$) {
    };
    var UpdateDelegationRequestCommand = class extends command(_ep0, _mw0, "UpdateDelegationRequest", UpdateDelegationRequest$) {
    };
    var UpdateGroupCommand = class extends command(_ep0, _mw0, "UpdateGroup", UpdateGroup$) {
    };
    var UpdateLoginProfileCommand = class extends command(_ep0, _mw0, "UpdateLoginProfile", UpdateLoginProfile$) {
    };
    var UpdateOpenIDConnectProviderThumbprintCommand = class extends command(_ep0, _mw0, "UpdateOpenIDConnectProviderThumbprint", UpdateOpenIDConnectProviderThumbprint$) {
    };
    var UpdateRoleCommand = class extends command(_ep0, _mw0, "UpdateRole", UpdateRole$) {
    };
    var UpdateRoleDescriptionCommand = class extends command(_ep0, _mw0, "UpdateRoleDescription", UpdateRoleDescription$) {
    };
    var UpdateSAMLProviderCommand = class extends command(_ep0, _mw0, "UpdateSAMLProvider", UpdateSAMLProvider$) {
    };
    var UpdateServerCertificateCommand = class extends command(_ep0, _mw0, "UpdateServerCertificate", UpdateServerCertificate$) {
    };
    var UpdateServiceSpecificCredentialCommand = class extends command(_ep0, _mw0, "UpdateServiceSpecificCredential", UpdateServiceSpecificCredential$) {
    };
    var UpdateSigningCertificateCommand = class extends command(_ep0, _mw0, "UpdateSigningCertificate", UpdateSigningCertificate$) {
    };
    var UpdateSSHPublicKeyCommand = class extends command(_ep0, _mw0, "UpdateSSHPublicKey", UpdateSSHPublicKey$) {
    };
    var UpdateUserCommand = class extends command(_ep0, _mw0, "UpdateUser", UpdateUser$) {
    };
    var UploadServerCertificateCommand = class extends command(_ep0, _mw0, "UploadServerCertificate", UploadServerCertificate$) {
    };
    var UploadSigningCertificateCommand = class extends command(_ep0, _mw0, "UploadSigningCertificate", UploadSigningCertificate$) {
    };
    var UploadSSHPublicKeyCommand = class extends command(_ep0, _mw0, "UploadSSHPublicKey", UploadSSHPublicKey$) {
    };
    var paginateGetAccountAuthorizationDetails2 = createPaginator(IAMClient4, GetAccountAuthorizationDetailsCommand, "Marker", "Marker", "MaxItems");
    var paginateGetGroup = createPaginator(IAMClient4, GetGroupCommand, "Marker", "Marker", "MaxItems");
    var paginateListAccessKeys = createPaginator(IAMClient4, ListAccessKeysCommand, "Marker", "Marker", "MaxItems");
    var paginateListAccountAliases = createPaginator(IAMClient4, ListAccountAliasesCommand, "Marker", "Marker", "MaxItems");
    var paginateListAttachedGroupPolicies = createPaginator(IAMClient4, ListAttachedGroupPoliciesCommand, "Marker", "Marker", "MaxItems");
    var paginateListAttachedRolePolicies2 = createPaginator(IAMClient4, ListAttachedRolePoliciesCommand, "Marker", "Marker", "MaxItems");
    var paginateListAttachedUserPolicies = createPaginator(IAMClient4, ListAttachedUserPoliciesCommand, "Marker", "Marker", "MaxItems");
    var paginateListEntitiesForPolicy2 = createPaginator(IAMClient4, ListEntitiesForPolicyCommand, "Marker", "Marker", "MaxItems");
    var paginateListGroupPolicies = createPaginator(IAMClient4, ListGroupPoliciesCommand, "Marker", "Marker", "MaxItems");
    var paginateListGroupsForUser = createPaginator(IAMClient4, ListGroupsForUserCommand, "Marker", "Marker", "MaxItems");
    var paginateListGroups = createPaginator(IAMClient4, ListGroupsCommand, "Marker", "Marker", "MaxItems");
    var paginateListInstanceProfilesForRole2 = createPaginator(IAMClient4, ListInstanceProfilesForRoleCommand, "Marker", "Marker", "MaxItems");
    var paginateListInstanceProfiles = createPaginator(IAMClient4, ListInstanceProfilesCommand, "Marker", "Marker", "MaxItems");
    var paginateListInstanceProfileTags = createPaginator(IAMClient4, ListInstanceProfileTagsCommand, "Marker", "Marker", "MaxItems");
    var paginateListMFADevices = createPaginator(IAMClient4, ListMFADevicesCommand, "Marker", "Marker", "MaxItems");
    var paginateListMFADeviceTags = createPaginator(IAMClient4, ListMFADeviceTagsCommand, "Marker", "Marker", "MaxItems");
    var paginateListOpenIDConnectProviderTags = createPaginator(IAMClient4, ListOpenIDConnectProviderTagsCommand, "Marker", "Marker", "MaxItems");
    var paginateListPolicies = createPaginator(IAMClient4, ListPoliciesCommand, "Marker", "Marker", "MaxItems");
    var paginateListPolicyTags = createPaginator(IAMClient4, ListPolicyTagsCommand, "Marker", "Marker", "MaxItems");
    var paginateListPolicyVersions = createPaginator(IAMClient4, ListPolicyVersionsCommand, "Marker", "Marker", "MaxItems");
    var paginateListRolePolicies2 = createPaginator(IAMClient4, ListRolePoliciesCommand, "Marker", "Marker", "MaxItems");
    var paginateListRoles = createPaginator(IAMClient4, ListRolesCommand, "Marker", "Marker", "MaxItems");
    var paginateListRoleTags = createPaginator(IAMClient4, ListRoleTagsCommand, "Marker", "Marker", "MaxItems");
    var paginateListSAMLProviderTags = createPaginator(IAMClient4, ListSAMLProviderTagsCommand, "Marker", "Marker", "MaxItems");
    var paginateListServerCertificates = createPaginator(IAMClient4, ListServerCertificatesCommand, "Marker", "Marker", "MaxItems");
    var paginateListServerCertificateTags = createPaginator(IAMClient4, ListServerCertificateTagsCommand, "Marker", "Marker", "MaxItems");
    var paginateListSigningCertificates = createPaginator(IAMClient4, ListSigningCertificatesCommand, "Marker", "Marker", "MaxItems");
    var paginateListSSHPublicKeys = createPaginator(IAMClient4, ListSSHPublicKeysCommand, "Marker", "Marker", "MaxItems");
    var paginateListUserPolicies = createPaginator(IAMClient4, ListUserPoliciesCommand, "Marker", "Marker", "MaxItems");
    var paginateListUsers = createPaginator(IAMClient4, ListUsersCommand, "Marker", "Marker", "MaxItems");
    var paginateListUserTags = createPaginator(IAMClient4, ListUserTagsCommand, "Marker", "Marker", "MaxItems");
    var paginateListVirtualMFADevices = createPaginator(IAMClient4, ListVirtualMFADevicesCommand, "Marker", "Marker", "MaxItems");
    var paginateSimulateCustomPolicy = createPaginator(IAMClient4, SimulateCustomPolicyCommand, "Marker", "Marker", "MaxItems");
    var paginateSimulatePrincipalPolicy = createPaginator(IAMClient4, SimulatePrincipalPolicyCommand, "Marker", "Marker", "MaxItems");
    var checkState$3 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new GetInstanceProfileCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
      } catch (exception) {
        reason = exception;
        if (exception.name === "NoSuchEntityException") {
          return { state: WaiterState.RETRY, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForInstanceProfileExists = async (params, input) => {
      const serviceDefaults = { minDelay: 1, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    };
    var waitUntilInstanceProfileExists = async (params, input) => {
      const serviceDefaults = { minDelay: 1, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
      return checkExceptions(result);
    };
    var checkState$2 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new GetPolicyCommand2(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
      } catch (exception) {
        reason = exception;
        if (exception.name === "NoSuchEntityException") {
          return { state: WaiterState.RETRY, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForPolicyExists = async (params, input) => {
      const serviceDefaults = { minDelay: 1, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    };
    var waitUntilPolicyExists = async (params, input) => {
      const serviceDefaults = { minDelay: 1, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
      return checkExceptions(result);
    };
    var checkState$1 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new GetRoleCommand2(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
      } catch (exception) {
        reason = exception;
        if (exception.name === "NoSuchEntityException") {
          return { state: WaiterState.RETRY, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForRoleExists = async (params, input) => {
      const serviceDefaults = { minDelay: 1, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    };
    var waitUntilRoleExists = async (params, input) => {
      const serviceDefaults = { minDelay: 1, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
      return checkExceptions(result);
    };
    var checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new GetUserCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
      } catch (exception) {
        reason = exception;
        if (exception.name === "NoSuchEntityException") {
          return { state: WaiterState.RETRY, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForUserExists = async (params, input) => {
      const serviceDefaults = { minDelay: 1, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    };
    var waitUntilUserExists = async (params, input) => {
      const serviceDefaults = { minDelay: 1, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
      return checkExceptions(result);
    };
    var commands = {
      AcceptDelegationRequestCommand,
      AcquireRoleCommand,
      AddClientIDToOpenIDConnectProviderCommand,
      AddRoleToInstanceProfileCommand,
      AddUserToGroupCommand,
      AssociateDelegationRequestCommand,
      AttachGroupPolicyCommand,
      AttachRolePolicyCommand,
      AttachUserPolicyCommand,
      ChangePasswordCommand,
      CreateAccessKeyCommand,
      CreateAccountAliasCommand,
      CreateDelegationRequestCommand,
      CreateGroupCommand,
      CreateInstanceProfileCommand,
      CreateLoginProfileCommand,
      CreateOpenIDConnectProviderCommand,
      CreatePolicyCommand,
      CreatePolicyVersionCommand,
      CreateRoleCommand,
      CreateSAMLProviderCommand,
      CreateServiceLinkedRoleCommand,
      CreateServiceSpecificCredentialCommand,
      CreateUserCommand,
      CreateVirtualMFADeviceCommand,
      DeactivateMFADeviceCommand,
      DeleteAccessKeyCommand,
      DeleteAccountAliasCommand,
      DeleteAccountPasswordPolicyCommand,
      DeleteGroupCommand,
      DeleteGroupPolicyCommand,
      DeleteInstanceProfileCommand,
      DeleteLoginProfileCommand,
      DeleteOpenIDConnectProviderCommand,
      DeletePolicyCommand,
      DeletePolicyVersionCommand,
      DeleteRoleCommand,
      DeleteRolePermissionsBoundaryCommand,
      DeleteRolePolicyCommand,
      DeleteSAMLProviderCommand,
      DeleteServerCertificateCommand,
      DeleteServiceLinkedRoleCommand,
      DeleteServiceSpecificCredentialCommand,
      DeleteSigningCertificateCommand,
      DeleteSSHPublicKeyCommand,
      DeleteUserCommand,
      DeleteUserPermissionsBoundaryCommand,
      DeleteUserPolicyCommand,
      DeleteVirtualMFADeviceCommand,
      DetachGroupPolicyCommand,
      DetachRolePolicyCommand,
      DetachUserPolicyCommand,
      DisableOrganizationsRootCredentialsManagementCommand,
      DisableOrganizationsRootSessionsCommand,
      DisableOutboundWebIdentityFederationCommand,
      EnableMFADeviceCommand,
      EnableOrganizationsRootCredentialsManagementCommand,
      EnableOrganizationsRootSessionsCommand,
      EnableOutboundWebIdentityFederationCommand,
      GenerateCredentialReportCommand,
      GenerateOrganizationsAccessReportCommand,
      GenerateServiceLastAccessedDetailsCommand: GenerateServiceLastAccessedDetailsCommand2,
      GetAccessKeyLastUsedCommand,
      GetAccountAuthorizationDetailsCommand,
      GetAccountPasswordPolicyCommand,
      GetAccountPropertiesCommand,
      GetAccountSummaryCommand,
      GetContextKeysForCustomPolicyCommand,
      GetContextKeysForPrincipalPolicyCommand,
      GetCredentialReportCommand,
      GetDelegationRequestCommand,
      GetGroupCommand,
      GetGroupPolicyCommand,
      GetHumanReadableSummaryCommand,
      GetInstanceProfileCommand,
      GetLoginProfileCommand,
      GetMFADeviceCommand,
      GetOpenIDConnectProviderCommand,
      GetOrganizationsAccessReportCommand,
      GetOutboundWebIdentityFederationInfoCommand,
      GetPolicyCommand: GetPolicyCommand2,
      GetPolicyVersionCommand,
      GetRoleCommand: GetRoleCommand2,
      GetRolePolicyCommand: GetRolePolicyCommand2,
      GetRoleTemplateVersionCommand,
      GetSAMLProviderCommand,
      GetServerCertificateCommand,
      GetServiceLastAccessedDetailsCommand: GetServiceLastAccessedDetailsCommand2,
      GetServiceLastAccessedDetailsWithEntitiesCommand,
      GetServiceLinkedRoleDeletionStatusCommand,
      GetSSHPublicKeyCommand,
      GetUserCommand,
      GetUserPolicyCommand,
      ListAccessKeysCommand,
      ListAccountAliasesCommand,
      ListAttachedGroupPoliciesCommand,
      ListAttachedRolePoliciesCommand,
      ListAttachedUserPoliciesCommand,
      ListDelegationRequestsCommand,
      ListEntitiesForPolicyCommand,
      ListGroupPoliciesCommand,
      ListGroupsCommand,
      ListGroupsForUserCommand,
      ListInstanceProfilesCommand,
      ListInstanceProfilesForRoleCommand,
      ListInstanceProfileTagsCommand,
      ListMFADevicesCommand,
      ListMFADeviceTagsCommand,
      ListOpenIDConnectProvidersCommand,
      ListOpenIDConnectProviderTagsCommand,
      ListOrganizationsFeaturesCommand,
      ListPoliciesCommand,
      ListPoliciesGrantingServiceAccessCommand,
      ListPolicyTagsCommand,
      ListPolicyVersionsCommand,
      ListRolePoliciesCommand,
      ListRolesCommand,
      ListRoleTagsCommand,
      ListSAMLProvidersCommand,
      ListSAMLProviderTagsCommand,
      ListServerCertificatesCommand,
      ListServerCertificateTagsCommand,
      ListServiceSpecificCredentialsCommand,
      ListSigningCertificatesCommand,
      ListSSHPublicKeysCommand,
      ListUserPoliciesCommand,
      ListUsersCommand,
      ListUserTagsCommand,
      ListVirtualMFADevicesCommand,
      PutAccountPropertiesCommand,
      PutGroupPolicyCommand,
      PutRolePermissionsBoundaryCommand,
      PutRolePolicyCommand,
      PutUserPermissionsBoundaryCommand,
      PutUserPolicyCommand,
      RejectDelegationRequestCommand,
      RemoveClientIDFromOpenIDConnectProviderCommand,
      RemoveRoleFromInstanceProfileCommand,
      RemoveUserFromGroupCommand,
      ResetServiceSpecificCredentialCommand,
      ResyncMFADeviceCommand,
      SendDelegationTokenCommand,
      SetDefaultPolicyVersionCommand,
      SetSecurityTokenServicePreferencesCommand,
      SimulateCustomPolicyCommand,
      SimulatePrincipalPolicyCommand,
      TagInstanceProfileCommand,
      TagMFADeviceCommand,
      TagOpenIDConnectProviderCommand,
      TagPolicyCommand,
      TagRoleCommand,
      TagSAMLProviderCommand,
      TagServerCertificateCommand,
      TagUserCommand,
      UntagInstanceProfileCommand,
      UntagMFADeviceCommand,
      UntagOpenIDConnectProviderCommand,
      UntagPolicyCommand,
      UntagRoleCommand,
      UntagSAMLProviderCommand,
      UntagServerCertificateCommand,
      UntagUserCommand,
      UpdateAccessKeyCommand,
      UpdateAccountPasswordPolicyCommand,
      UpdateAssumeRolePolicyCommand,
      UpdateDelegationRequestCommand,
      UpdateGroupCommand,
      UpdateLoginProfileCommand,
      UpdateOpenIDConnectProviderThumbprintCommand,
      UpdateRoleCommand,
      UpdateRoleDescriptionCommand,
      UpdateSAMLProviderCommand,
      UpdateServerCertificateCommand,
      UpdateServiceSpecificCredentialCommand,
      UpdateSigningCertificateCommand,
      UpdateSSHPublicKeyCommand,
      UpdateUserCommand,
      UploadServerCertificateCommand,
      UploadSigningCertificateCommand,
      UploadSSHPublicKeyCommand
    };
    var paginators = {
      paginateGetAccountAuthorizationDetails: paginateGetAccountAuthorizationDetails2,
      paginateGetGroup,
      paginateListAccessKeys,
      paginateListAccountAliases,
      paginateListAttachedGroupPolicies,
      paginateListAttachedRolePolicies: paginateListAttachedRolePolicies2,
      paginateListAttachedUserPolicies,
      paginateListEntitiesForPolicy: paginateListEntitiesForPolicy2,
      paginateListGroupPolicies,
      paginateListGroups,
      paginateListGroupsForUser,
      paginateListInstanceProfiles,
      paginateListInstanceProfilesForRole: paginateListInstanceProfilesForRole2,
      paginateListInstanceProfileTags,
      paginateListMFADevices,
      paginateListMFADeviceTags,
      paginateListOpenIDConnectProviderTags,
      paginateListPolicies,
      paginateListPolicyTags,
      paginateListPolicyVersions,
      paginateListRolePolicies: paginateListRolePolicies2,
      paginateListRoles,
      paginateListRoleTags,
      paginateListSAMLProviderTags,
      paginateListServerCertificates,
      paginateListServerCertificateTags,
      paginateListSigningCertificates,
      paginateListSSHPublicKeys,
      paginateListUserPolicies,
      paginateListUsers,
      paginateListUserTags,
      paginateListVirtualMFADevices,
      paginateSimulateCustomPolicy,
      paginateSimulatePrincipalPolicy
    };
    var waiters = {
      waitUntilInstanceProfileExists,
      waitUntilPolicyExists,
      waitUntilRoleExists,
      waitUntilUserExists
    };
    var IAM = class extends IAMClient4 {
    };
    createAggregatedClient(commands, IAM, { paginators, waiters });
    var AccessAdvisorUsageGranularityType = {
      ACTION_LEVEL: "ACTION_LEVEL",
      SERVICE_LEVEL: "SERVICE_LEVEL"
    };
    var StatusType = {
      Active: "Active",
      Expired: "Expired",
      Inactive: "Inactive"
    };
    var PermissionsBoundaryAttachmentType = {
      Policy: "PermissionsBoundaryPolicy"
    };
    var AssertionEncryptionModeType = {
      Allowed: "Allowed",
      Required: "Required"
    };
    var AssignmentStatusType = {
      Any: "Any",
      Assigned: "Assigned",
      Unassigned: "Unassigned"
    };
    var AttachmentType = {
      GROUP: "group",
      ROLE: "role",
      USER: "user"
    };
    var PolicyParameterTypeEnum = {
      STRING: "string",
      STRING_LIST: "stringList"
    };
    var FeatureType = {
      ROOT_CREDENTIALS_MANAGEMENT: "RootCredentialsManagement",
      ROOT_SESSIONS: "RootSessions"
    };
    var ReportStateType = {
      COMPLETE: "COMPLETE",
      INPROGRESS: "INPROGRESS",
      STARTED: "STARTED"
    };
    var EntityType = {
      AWSManagedPolicy: "AWSManagedPolicy",
      Group: "Group",
      LocalManagedPolicy: "LocalManagedPolicy",
      Role: "Role",
      User: "User"
    };
    var SummaryKeyType = {
      AccessKeysPerUserQuota: "AccessKeysPerUserQuota",
      AccountAccessKeysPresent: "AccountAccessKeysPresent",
      AccountMFAEnabled: "AccountMFAEnabled",
      AccountPasswordPresent: "AccountPasswordPresent",
      AccountSigningCertificatesPresent: "AccountSigningCertificatesPresent",
      AssumeRolePolicySizeQuota: "AssumeRolePolicySizeQuota",
      AttachedPoliciesPerGroupQuota: "AttachedPoliciesPerGroupQuota",
      AttachedPoliciesPerRoleQuota: "AttachedPoliciesPerRoleQuota",
      AttachedPoliciesPerUserQuota: "AttachedPoliciesPerUserQuota",
      GlobalEndpointTokenVersion: "GlobalEndpointTokenVersion",
      GroupPolicySizeQuota: "GroupPolicySizeQuota",
      Groups: "Groups",
      GroupsPerUserQuota: "GroupsPerUserQuota",
      GroupsQuota: "GroupsQuota",
      InstanceProfiles: "InstanceProfiles",
      InstanceProfilesQuota: "InstanceProfilesQuota",
      MFADevices: "MFADevices",
      MFADevicesInUse: "MFADevicesInUse",
      Policies: "Policies",
      PoliciesQuota: "PoliciesQuota",
      PolicySizeQuota: "PolicySizeQuota",
      PolicyVersionsInUse: "PolicyVersionsInUse",
      PolicyVersionsInUseQuota: "PolicyVersionsInUseQuota",
      Providers: "Providers",
      RolePolicySizeQuota: "RolePolicySizeQuota",
      Roles: "Roles",
      RolesQuota: "RolesQuota",
      ServerCertificates: "ServerCertificates",
      ServerCertificatesQuota: "ServerCertificatesQuota",
      SigningCertificatesPerUserQuota: "SigningCertificatesPerUserQuota",
      UserPolicySizeQuota: "UserPolicySizeQuota",
      Users: "Users",
      UsersQuota: "UsersQuota",
      VersionsPerPolicyQuota: "VersionsPerPolicyQuota"
    };
    var ReportFormatType = {
      text_csv: "text/csv"
    };
    var StateType = {
      ACCEPTED: "ACCEPTED",
      ASSIGNED: "ASSIGNED",
      EXPIRED: "EXPIRED",
      FINALIZED: "FINALIZED",
      PENDING_APPROVAL: "PENDING_APPROVAL",
      REJECTED: "REJECTED",
      UNASSIGNED: "UNASSIGNED"
    };
    var PermissionCheckResultType = {
      ALLOWED: "ALLOWED",
      DENIED: "DENIED",
      UNSURE: "UNSURE"
    };
    var PermissionCheckStatusType = {
      COMPLETE: "COMPLETE",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    };
    var SummaryStateType = {
      AVAILABLE: "AVAILABLE",
      FAILED: "FAILED",
      NOT_AVAILABLE: "NOT_AVAILABLE",
      NOT_SUPPORTED: "NOT_SUPPORTED"
    };
    var SortKeyType = {
      LAST_AUTHENTICATED_TIME_ASCENDING: "LAST_AUTHENTICATED_TIME_ASCENDING",
      LAST_AUTHENTICATED_TIME_DESCENDING: "LAST_AUTHENTICATED_TIME_DESCENDING",
      SERVICE_NAMESPACE_ASCENDING: "SERVICE_NAMESPACE_ASCENDING",
      SERVICE_NAMESPACE_DESCENDING: "SERVICE_NAMESPACE_DESCENDING"
    };
    var JobStatusType = {
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    };
    var ManagedByTypeType = {
      Service: "Service"
    };
    var ParameterTypeType = {
      Arn: "Arn",
      ArnList: "ArnList",
      Number: "Number",
      NumberList: "NumberList",
      String: "String",
      StringList: "StringList"
    };
    var PolicyOwnerEntityType = {
      GROUP: "GROUP",
      ROLE: "ROLE",
      USER: "USER"
    };
    var DeletionTaskStatusType = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      NOT_STARTED: "NOT_STARTED",
      SUCCEEDED: "SUCCEEDED"
    };
    var EncodingType = {
      PEM: "PEM",
      SSH: "SSH"
    };
    var PolicyUsageType = {
      PermissionsBoundary: "PermissionsBoundary",
      PermissionsPolicy: "PermissionsPolicy"
    };
    var PolicyScopeType = {
      AWS: "AWS",
      All: "All",
      Local: "Local"
    };
    var PolicyType = {
      INLINE: "INLINE",
      MANAGED: "MANAGED"
    };
    var GlobalEndpointTokenVersion = {
      v1Token: "v1Token",
      v2Token: "v2Token"
    };
    var ContextKeyTypeEnum = {
      BINARY: "binary",
      BINARY_LIST: "binaryList",
      BOOLEAN: "boolean",
      BOOLEAN_LIST: "booleanList",
      DATE: "date",
      DATE_LIST: "dateList",
      IP: "ip",
      IP_LIST: "ipList",
      NUMERIC: "numeric",
      NUMERIC_LIST: "numericList",
      STRING: "string",
      STRING_LIST: "stringList"
    };
    var PolicyEvaluationDecisionType = {
      ALLOWED: "allowed",
      EXPLICIT_DENY: "explicitDeny",
      IMPLICIT_DENY: "implicitDeny"
    };
    var PolicySourceType = {
      AWS_MANAGED: "aws-managed",
      GROUP: "group",
      NONE: "none",
      RESOURCE: "resource",
      ROLE: "role",
      USER: "user",
      USER_MANAGED: "user-managed"
    };
    var PolicyIdentifierPolicyType = {
      AWS_MANAGED: "aws-managed",
      INLINE: "inline",
      PERMISSION_BOUNDARY: "permission-boundary",
      RCP: "rcp",
      SCP: "scp",
      USER_MANAGED: "user-managed"
    };
    exports.AcceptDelegationRequest$ = AcceptDelegationRequest$;
    exports.AcceptDelegationRequestCommand = AcceptDelegationRequestCommand;
    exports.AcceptDelegationRequestRequest$ = AcceptDelegationRequestRequest$;
    exports.AccessAdvisorUsageGranularityType = AccessAdvisorUsageGranularityType;
    exports.AccessDetail$ = AccessDetail$;
    exports.AccessKey$ = AccessKey$;
    exports.AccessKeyLastUsed$ = AccessKeyLastUsed$;
    exports.AccessKeyMetadata$ = AccessKeyMetadata$;
    exports.AccountNotManagementOrDelegatedAdministratorException = AccountNotManagementOrDelegatedAdministratorException;
    exports.AccountNotManagementOrDelegatedAdministratorException$ = AccountNotManagementOrDelegatedAdministratorException$;
    exports.AcquireRole$ = AcquireRole$;
    exports.AcquireRoleCommand = AcquireRoleCommand;
    exports.AcquireRoleRequest$ = AcquireRoleRequest$;
    exports.AcquireRoleResponse$ = AcquireRoleResponse$;
    exports.AddClientIDToOpenIDConnectProvider$ = AddClientIDToOpenIDConnectProvider$;
    exports.AddClientIDToOpenIDConnectProviderCommand = AddClientIDToOpenIDConnectProviderCommand;
    exports.AddClientIDToOpenIDConnectProviderRequest$ = AddClientIDToOpenIDConnectProviderRequest$;
    exports.AddRoleToInstanceProfile$ = AddRoleToInstanceProfile$;
    exports.AddRoleToInstanceProfileCommand = AddRoleToInstanceProfileCommand;
    exports.AddRoleToInstanceProfileRequest$ = AddRoleToInstanceProfileRequest$;
    exports.AddUserToGroup$ = AddUserToGroup$;
    exports.AddUserToGroupCommand = AddUserToGroupCommand;
    exports.AddUserToGroupRequest$ = AddUserToGroupRequest$;
    exports.AssertionEncryptionModeType = AssertionEncryptionModeType;
    exports.AssignmentStatusType = AssignmentStatusType;
    exports.AssociateDelegationRequest$ = AssociateDelegationRequest$;
    exports.AssociateDelegationRequestCommand = AssociateDelegationRequestCommand;
    exports.AssociateDelegationRequestRequest$ = AssociateDelegationRequestRequest$;
    exports.AttachGroupPolicy$ = AttachGroupPolicy$;
    exports.AttachGroupPolicyCommand = AttachGroupPolicyCommand;
    exports.AttachGroupPolicyRequest$ = AttachGroupPolicyRequest$;
    exports.AttachRolePolicy$ = AttachRolePolicy$;
    exports.AttachRolePolicyCommand = AttachRolePolicyCommand;
    exports.AttachRolePolicyRequest$ = AttachRolePolicyRequest$;
    exports.AttachUserPolicy$ = AttachUserPolicy$;
    exports.AttachUserPolicyCommand = AttachUserPolicyCommand;
    exports.AttachUserPolicyRequest$ = AttachUserPolicyRequest$;
    exports.AttachedPermissionsBoundary$ = AttachedPermissionsBoundary$;
    exports.AttachedPolicy$ = AttachedPolicy$;
    exports.AttachmentType = AttachmentType;
    exports.CallerIsNotManagementAccountException = CallerIsNotManagementAccountException;
    exports.CallerIsNotManagementAccountException$ = CallerIsNotManagementAccountException$;
    exports.ChangePassword$ = ChangePassword$;
    exports.ChangePasswordCommand = ChangePasswordCommand;
    exports.ChangePasswordRequest$ = ChangePasswordRequest$;
    exports.ConcurrentModificationException = ConcurrentModificationException;
    exports.ConcurrentModificationException$ = ConcurrentModificationException$;
    exports.ContextEntry$ = ContextEntry$;
    exports.ContextKeyTypeEnum = ContextKeyTypeEnum;
    exports.CreateAccessKey$ = CreateAccessKey$;
    exports.CreateAccessKeyCommand = CreateAccessKeyCommand;
    exports.CreateAccessKeyRequest$ = CreateAccessKeyRequest$;
    exports.CreateAccessKeyResponse$ = CreateAccessKeyResponse$;
    exports.CreateAccountAlias$ = CreateAccountAlias$;
    exports.CreateAccountAliasCommand = CreateAccountAliasCommand;
    exports.CreateAccountAliasRequest$ = CreateAccountAliasRequest$;
    exports.CreateDelegationRequest$ = CreateDelegationRequest$;
    exports.CreateDelegationRequestCommand = CreateDelegationRequestCommand;
    exports.CreateDelegationRequestRequest$ = CreateDelegationRequestRequest$;
    exports.CreateDelegationRequestResponse$ = CreateDelegationRequestResponse$;
    exports.CreateGroup$ = CreateGroup$;
    exports.CreateGroupCommand = CreateGroupCommand;
    exports.CreateGroupRequest$ = CreateGroupRequest$;
    exports.CreateGroupResponse$ = CreateGroupResponse$;
    exports.CreateInstanceProfile$ = CreateInstanceProfile$;
    exports.CreateInstanceProfileCommand = CreateInstanceProfileCommand;
    exports.CreateInstanceProfileRequest$ = CreateInstanceProfileRequest$;
    exports.CreateInstanceProfileResponse$ = CreateInstanceProfileResponse$;
    exports.CreateLoginProfile$ = CreateLoginProfile$;
    exports.CreateLoginProfileCommand = CreateLoginProfileCommand;
    exports.CreateLoginProfileRequest$ = CreateLoginProfileRequest$;
    exports.CreateLoginProfileResponse$ = CreateLoginProfileResponse$;
    exports.CreateOpenIDConnectProvider$ = CreateOpenIDConnectProvider$;
    exports.CreateOpenIDConnectProviderCommand = CreateOpenIDConnectProviderCommand;
    exports.CreateOpenIDConnectProviderRequest$ = CreateOpenIDConnectProviderRequest$;
    exports.CreateOpenIDConnectProviderResponse$ = CreateOpenIDConnectProviderResponse$;
    exports.CreatePolicy$ = CreatePolicy$;
    exports.CreatePolicyCommand = CreatePolicyCommand;
    exports.CreatePolicyRequest$ = CreatePolicyRequest$;
    exports.CreatePolicyResponse$ = CreatePolicyResponse$;
    exports.CreatePolicyVersion$ = CreatePolicyVersion$;
    exports.CreatePolicyVersionCommand = CreatePolicyVersionCommand;
    exports.CreatePolicyVersionRequest$ = CreatePolicyVersionRequest$;
    exports.CreatePolicyVersionResponse$ = CreatePolicyVersionResponse$;
    exports.CreateRole$ = CreateRole$;
    exports.CreateRoleCommand = CreateRoleCommand;
    exports.CreateRoleRequest$ = CreateRoleRequest$;
    exports.CreateRoleResponse$ = CreateRoleResponse$;
    exports.CreateSAMLProvider$ = CreateSAMLProvider$;
    exports.CreateSAMLProviderCommand = CreateSAMLProviderCommand;
    exports.CreateSAMLProviderRequest$ = CreateSAMLProviderRequest$;
    exports.CreateSAMLProviderResponse$ = CreateSAMLProviderResponse$;
    exports.CreateServiceLinkedRole$ = CreateServiceLinkedRole$;
    exports.CreateServiceLinkedRoleCommand = CreateServiceLinkedRoleCommand;
    exports.CreateServiceLinkedRoleRequest$ = CreateServiceLinkedRoleRequest$;
    exports.CreateServiceLinkedRoleResponse$ = CreateServiceLinkedRoleResponse$;
    exports.CreateServiceSpecificCredential$ = CreateServiceSpecificCredential$;
    exports.CreateServiceSpecificCredentialCommand = CreateServiceSpecificCredentialCommand;
    exports.CreateServiceSpecificCredentialRequest$ = CreateServiceSpecificCredentialRequest$;
    exports.CreateServiceSpecificCredentialResponse$ = CreateServiceSpecificCredentialResponse$;
    exports.CreateUser$ = CreateUser$;
    exports.CreateUserCommand = CreateUserCommand;
    exports.CreateUserRequest$ = CreateUserRequest$;
    exports.CreateUserResponse$ = CreateUserResponse$;
    exports.CreateVirtualMFADevice$ = CreateVirtualMFADevice$;
    exports.CreateVirtualMFADeviceCommand = CreateVirtualMFADeviceCommand;
    exports.CreateVirtualMFADeviceRequest$ = CreateVirtualMFADeviceRequest$;
    exports.CreateVirtualMFADeviceResponse$ = CreateVirtualMFADeviceResponse$;
    exports.CredentialReportExpiredException = CredentialReportExpiredException;
    exports.CredentialReportExpiredException$ = CredentialReportExpiredException$;
    exports.CredentialReportNotPresentException = CredentialReportNotPresentException;
    exports.CredentialReportNotPresentException$ = CredentialReportNotPresentException$;
    exports.CredentialReportNotReadyException = CredentialReportNotReadyException;
    exports.CredentialReportNotReadyException$ = CredentialReportNotReadyException$;
    exports.DeactivateMFADevice$ = DeactivateMFADevice$;
    exports.DeactivateMFADeviceCommand = DeactivateMFADeviceCommand;
    exports.DeactivateMFADeviceRequest$ = DeactivateMFADeviceRequest$;
    exports.DelegationPermission$ = DelegationPermission$;
    exports.DelegationRequest$ = DelegationRequest$;
    exports.DeleteAccessKey$ = DeleteAccessKey$;
    exports.DeleteAccessKeyCommand = DeleteAccessKeyCommand;
    exports.DeleteAccessKeyRequest$ = DeleteAccessKeyRequest$;
    exports.DeleteAccountAlias$ = DeleteAccountAlias$;
    exports.DeleteAccountAliasCommand = DeleteAccountAliasCommand;
    exports.DeleteAccountAliasRequest$ = DeleteAccountAliasRequest$;
    exports.DeleteAccountPasswordPolicy$ = DeleteAccountPasswordPolicy$;
    exports.DeleteAccountPasswordPolicyCommand = DeleteAccountPasswordPolicyCommand;
    exports.DeleteConflictException = DeleteConflictException;
    exports.DeleteConflictException$ = DeleteConflictException$;
    exports.DeleteGroup$ = DeleteGroup$;
    exports.DeleteGroupCommand = DeleteGroupCommand;
    exports.DeleteGroupPolicy$ = DeleteGroupPolicy$;
    exports.DeleteGroupPolicyCommand = DeleteGroupPolicyCommand;
    exports.DeleteGroupPolicyRequest$ = DeleteGroupPolicyRequest$;
    exports.DeleteGroupRequest$ = DeleteGroupRequest$;
    exports.DeleteInstanceProfile$ = DeleteInstanceProfile$;
    exports.DeleteInstanceProfileCommand = DeleteInstanceProfileCommand;
    exports.DeleteInstanceProfileRequest$ = DeleteInstanceProfileRequest$;
    exports.DeleteLoginProfile$ = DeleteLoginProfile$;
    exports.DeleteLoginProfileCommand = DeleteLoginProfileCommand;
    exports.DeleteLoginProfileRequest$ = DeleteLoginProfileRequest$;
    exports.DeleteOpenIDConnectProvider$ = DeleteOpenIDConnectProvider$;
    exports.DeleteOpenIDConnectProviderCommand = DeleteOpenIDConnectProviderCommand;
    exports.DeleteOpenIDConnectProviderRequest$ = DeleteOpenIDConnectProviderRequest$;
    exports.DeletePolicy$ = DeletePolicy$;
    exports.DeletePolicyCommand = DeletePolicyCommand;
    exports.DeletePolicyRequest$ = DeletePolicyRequest$;
    exports.DeletePolicyVersion$ = DeletePolicyVersion$;
    exports.DeletePolicyVersionCommand = DeletePolicyVersionCommand;
    exports.DeletePolicyVersionRequest$ = DeletePolicyVersionRequest$;
    exports.DeleteRole$ = DeleteRole$;
    exports.DeleteRoleCommand = DeleteRoleCommand;
    exports.DeleteRolePermissionsBoundary$ = DeleteRolePermissionsBoundary$;
    exports.DeleteRolePermissionsBoundaryCommand = DeleteRolePermissionsBoundaryCommand;
    exports.DeleteRolePermissionsBoundaryRequest$ = DeleteRolePermissionsBoundaryRequest$;
    exports.DeleteRolePolicy$ = DeleteRolePolicy$;
    exports.DeleteRolePolicyCommand = DeleteRolePolicyCommand;
    exports.DeleteRolePolicyRequest$ = DeleteRolePolicyRequest$;
    exports.DeleteRoleRequest$ = DeleteRoleRequest$;
    exports.DeleteSAMLProvider$ = DeleteSAMLProvider$;
    exports.DeleteSAMLProviderCommand = DeleteSAMLProviderCommand;
    exports.DeleteSAMLProviderRequest$ = DeleteSAMLProviderRequest$;
    exports.DeleteSSHPublicKey$ = DeleteSSHPublicKey$;
    exports.DeleteSSHPublicKeyCommand = DeleteSSHPublicKeyCommand;
    exports.DeleteSSHPublicKeyRequest$ = DeleteSSHPublicKeyRequest$;
    exports.DeleteServerCertificate$ = DeleteServerCertificate$;
    exports.DeleteServerCertificateCommand = DeleteServerCertificateCommand;
    exports.DeleteServerCertificateRequest$ = DeleteServerCertificateRequest$;
    exports.DeleteServiceLinkedRole$ = DeleteServiceLinkedRole$;
    exports.DeleteServiceLinkedRoleCommand = DeleteServiceLinkedRoleCommand;
    exports.DeleteServiceLinkedRoleRequest$ = DeleteServiceLinkedRoleRequest$;
    exports.DeleteServiceLinkedRoleResponse$ = DeleteServiceLinkedRoleResponse$;
    exports.DeleteServiceSpecificCredential$ = DeleteServiceSpecificCredential$;
    exports.DeleteServiceSpecificCredentialCommand = DeleteServiceSpecificCredentialCommand;
    exports.DeleteServiceSpecificCredentialRequest$ = DeleteServiceSpecificCredentialRequest$;
    exports.DeleteSigningCertificate$ = DeleteSigningCertificate$;
    exports.DeleteSigningCertificateCommand = DeleteSigningCertificateCommand;
    exports.DeleteSigningCertificateRequest$ = DeleteSigningCertificateRequest$;
    exports.DeleteUser$ = DeleteUser$;
    exports.DeleteUserCommand = DeleteUserCommand;
    exports.DeleteUserPermissionsBoundary$ = DeleteUserPermissionsBoundary$;
    exports.DeleteUserPermissionsBoundaryCommand = DeleteUserPermissionsBoundaryCommand;
    exports.DeleteUserPermissionsBoundaryRequest$ = DeleteUserPermissionsBoundaryRequest$;
    exports.DeleteUserPolicy$ = DeleteUserPolicy$;
    exports.DeleteUserPolicyCommand = DeleteUserPolicyCommand;
    exports.DeleteUserPolicyRequest$ = DeleteUserPolicyRequest$;
    exports.DeleteUserRequest$ = DeleteUserRequest$;
    exports.DeleteVirtualMFADevice$ = DeleteVirtualMFADevice$;
    exports.DeleteVirtualMFADeviceCommand = DeleteVirtualMFADeviceCommand;
    exports.DeleteVirtualMFADeviceRequest$ = DeleteVirtualMFADeviceRequest$;
    exports.DeletionTaskFailureReasonType$ = DeletionTaskFailureReasonType$;
    exports.DeletionTaskStatusType = DeletionTaskStatusType;
    exports.DetachGroupPolicy$ = DetachGroupPolicy$;
    exports.DetachGroupPolicyCommand = DetachGroupPolicyCommand;
    exports.DetachGroupPolicyRequest$ = DetachGroupPolicyRequest$;
    exports.DetachRolePolicy$ = DetachRolePolicy$;
    exports.DetachRolePolicyCommand = DetachRolePolicyCommand;
    exports.DetachRolePolicyRequest$ = DetachRolePolicyRequest$;
    exports.DetachUserPolicy$ = DetachUserPolicy$;
    exports.DetachUserPolicyCommand = DetachUserPolicyCommand;
    exports.DetachUserPolicyRequest$ = DetachUserPolicyRequest$;
    exports.DisableOrganizationsRootCredentialsManagement$ = DisableOrganizationsRootCredentialsManagement$;
    exports.DisableOrganizationsRootCredentialsManagementCommand = DisableOrganizationsRootCredentialsManagementCommand;
    exports.DisableOrganizationsRootCredentialsManagementRequest$ = DisableOrganizationsRootCredentialsManagementRequest$;
    exports.DisableOrganizationsRootCredentialsManagementResponse$ = DisableOrganizationsRootCredentialsManagementResponse$;
    exports.DisableOrganizationsRootSessions$ = DisableOrganizationsRootSessions$;
    exports.DisableOrganizationsRootSessionsCommand = DisableOrganizationsRootSessionsCommand;
    exports.DisableOrganizationsRootSessionsRequest$ = DisableOrganizationsRootSessionsRequest$;
    exports.DisableOrganizationsRootSessionsResponse$ = DisableOrganizationsRootSessionsResponse$;
    exports.DisableOutboundWebIdentityFederation$ = DisableOutboundWebIdentityFederation$;
    exports.DisableOutboundWebIdentityFederationCommand = DisableOutboundWebIdentityFederationCommand;
    exports.DuplicateCertificateException = DuplicateCertificateException;
    exports.DuplicateCertificateException$ = DuplicateCertificateException$;
    exports.DuplicateSSHPublicKeyException = DuplicateSSHPublicKeyException;
    exports.DuplicateSSHPublicKeyException$ = DuplicateSSHPublicKeyException$;
    exports.EnableMFADevice$ = EnableMFADevice$;
    exports.EnableMFADeviceCommand = EnableMFADeviceCommand;
    exports.EnableMFADeviceRequest$ = EnableMFADeviceRequest$;
    exports.EnableOrganizationsRootCredentialsManagement$ = EnableOrganizationsRootCredentialsManagement$;
    exports.EnableOrganizationsRootCredentialsManagementCommand = EnableOrganizationsRootCredentialsManagementCommand;
    exports.EnableOrganizationsRootCredentialsManagementRequest$ = EnableOrganizationsRootCredentialsManagementRequest$;
    exports.EnableOrganizationsRootCredentialsManagementResponse$ = EnableOrganizationsRootCredentialsManagementResponse$;
    exports.EnableOrganizationsRootSessions$ = EnableOrganizationsRootSessions$;
    exports.EnableOrganizationsRootSessionsCommand = EnableOrganizationsRootSessionsCommand;
    exports.EnableOrganizationsRootSessionsRequest$ = EnableOrganizationsRootSessionsRequest$;
    exports.EnableOrganizationsRootSessionsResponse$ = EnableOrganizationsRootSessionsResponse$;
    exports.EnableOutboundWebIdentityFederation$ = EnableOutboundWebIdentityFederation$;
    exports.EnableOutboundWebIdentityFederationCommand = EnableOutboundWebIdentityFederationCommand;
    exports.EnableOutboundWebIdentityFederationResponse$ = EnableOutboundWebIdentityFederationResponse$;
    exports.EncodingType = EncodingType;
    exports.EntityAlreadyExistsException = EntityAlreadyExistsException;
    exports.EntityAlreadyExistsException$ = EntityAlreadyExistsException$;
    exports.EntityDetails$ = EntityDetails$;
    exports.EntityInfo$ = EntityInfo$;
    exports.EntityTemporarilyUnmodifiableException = EntityTemporarilyUnmodifiableException;
    exports.EntityTemporarilyUnmodifiableException$ = EntityTemporarilyUnmodifiableException$;
    exports.EntityType = EntityType;
    exports.ErrorDetails$ = ErrorDetails$;
    exports.EvaluationResult$ = EvaluationResult$;
    exports.FeatureDisabledException = FeatureDisabledException;
    exports.FeatureDisabledException$ = FeatureDisabledException$;
    exports.FeatureEnabledException = FeatureEnabledException;
    exports.FeatureEnabledException$ = FeatureEnabledException$;
    exports.FeatureType = FeatureType;
    exports.GenerateCredentialReport$ = GenerateCredentialReport$;
    exports.GenerateCredentialReportCommand = GenerateCredentialReportCommand;
    exports.GenerateCredentialReportResponse$ = GenerateCredentialReportResponse$;
    exports.GenerateOrganizationsAccessReport$ = GenerateOrganizationsAccessReport$;
    exports.GenerateOrganizationsAccessReportCommand = GenerateOrganizationsAccessReportCommand;
    exports.GenerateOrganizationsAccessReportRequest$ = GenerateOrganizationsAccessReportRequest$;
    exports.GenerateOrganizationsAccessReportResponse$ = GenerateOrganizationsAccessReportResponse$;
    exports.GenerateServiceLastAccessedDetails$ = GenerateServiceLastAccessedDetails$;
    exports.GenerateServiceLastAccessedDetailsCommand = GenerateServiceLastAccessedDetailsCommand2;
    exports.GenerateServiceLastAccessedDetailsRequest$ = GenerateServiceLastAccessedDetailsRequest$;
    exports.GenerateServiceLastAccessedDetailsResponse$ = GenerateServiceLastAccessedDetailsResponse$;
    exports.GetAccessKeyLastUsed$ = GetAccessKeyLastUsed$;
    exports.GetAccessKeyLastUsedCommand = GetAccessKeyLastUsedCommand;
    exports.GetAccessKeyLastUsedRequest$ = GetAccessKeyLastUsedRequest$;
    exports.GetAccessKeyLastUsedResponse$ = GetAccessKeyLastUsedResponse$;
    exports.GetAccountAuthorizationDetails$ = GetAccountAuthorizationDetails$;
    exports.GetAccountAuthorizationDetailsCommand = GetAccountAuthorizationDetailsCommand;
    exports.GetAccountAuthorizationDetailsRequest$ = GetAccountAuthorizationDetailsRequest$;
    exports.GetAccountAuthorizationDetailsResponse$ = GetAccountAuthorizationDetailsResponse$;
    exports.GetAccountPasswordPolicy$ = GetAccountPasswordPolicy$;
    exports.GetAccountPasswordPolicyCommand = GetAccountPasswordPolicyCommand;
    exports.GetAccountPasswordPolicyResponse$ = GetAccountPasswordPolicyResponse$;
    exports.GetAccountProperties$ = GetAccountProperties$;
    exports.GetAccountPropertiesCommand = GetAccountPropertiesCommand;
    exports.GetAccountPropertiesRequest$ = GetAccountPropertiesRequest$;
    exports.GetAccountPropertiesResponse$ = GetAccountPropertiesResponse$;
    exports.GetAccountSummary$ = GetAccountSummary$;
    exports.GetAccountSummaryCommand = GetAccountSummaryCommand;
    exports.GetAccountSummaryResponse$ = GetAccountSummaryResponse$;
    exports.GetContextKeysForCustomPolicy$ = GetContextKeysForCustomPolicy$;
    exports.GetContextKeysForCustomPolicyCommand = GetContextKeysForCustomPolicyCommand;
    exports.GetContextKeysForCustomPolicyRequest$ = GetContextKeysForCustomPolicyRequest$;
    exports.GetContextKeysForPolicyResponse$ = GetContextKeysForPolicyResponse$;
    exports.GetContextKeysForPrincipalPolicy$ = GetContextKeysForPrincipalPolicy$;
    exports.GetContextKeysForPrincipalPolicyCommand = GetContextKeysForPrincipalPolicyCommand;
    exports.GetContextKeysForPrincipalPolicyRequest$ = GetContextKeysForPrincipalPolicyRequest$;
    exports.GetCredentialReport$ = GetCredentialReport$;
    exports.GetCredentialReportCommand = GetCredentialReportCommand;
    exports.GetCredentialReportResponse$ = GetCredentialReportResponse$;
    exports.GetDelegationRequest$ = GetDelegationRequest$;
    exports.GetDelegationRequestCommand = GetDelegationRequestCommand;
    exports.GetDelegationRequestRequest$ = GetDelegationRequestRequest$;
    exports.GetDelegationRequestResponse$ = GetDelegationRequestResponse$;
    exports.GetGroup$ = GetGroup$;
    exports.GetGroupCommand = GetGroupCommand;
    exports.GetGroupPolicy$ = GetGroupPolicy$;
    exports.GetGroupPolicyCommand = GetGroupPolicyCommand;
    exports.GetGroupPolicyRequest$ = GetGroupPolicyRequest$;
    exports.GetGroupPolicyResponse$ = GetGroupPolicyResponse$;
    exports.GetGroupRequest$ = GetGroupRequest$;
    exports.GetGroupResponse$ = GetGroupResponse$;
    exports.GetHumanReadableSummary$ = GetHumanReadableSummary$;
    exports.GetHumanReadableSummaryCommand = GetHumanReadableSummaryCommand;
    exports.GetHumanReadableSummaryRequest$ = GetHumanReadableSummaryRequest$;
    exports.GetHumanReadableSummaryResponse$ = GetHumanReadableSummaryResponse$;
    exports.GetInstanceProfile$ = GetInstanceProfile$;
    exports.GetInstanceProfileCommand = GetInstanceProfileCommand;
    exports.GetInstanceProfileRequest$ = GetInstanceProfileRequest$;
    exports.GetInstanceProfileResponse$ = GetInstanceProfileResponse$;
    exports.GetLoginProfile$ = GetLoginProfile$;
    exports.GetLoginProfileCommand = GetLoginProfileCommand;
    exports.GetLoginProfileRequest$ = GetLoginProfileRequest$;
    exports.GetLoginProfileResponse$ = GetLoginProfileResponse$;
    exports.GetMFADevice$ = GetMFADevice$;
    exports.GetMFADeviceCommand = GetMFADeviceCommand;
    exports.GetMFADeviceRequest$ = GetMFADeviceRequest$;
    exports.GetMFADeviceResponse$ = GetMFADeviceResponse$;
    exports.GetOpenIDConnectProvider$ = GetOpenIDConnectProvider$;
    exports.GetOpenIDConnectProviderCommand = GetOpenIDConnectProviderCommand;
    exports.GetOpenIDConnectProviderRequest$ = GetOpenIDConnectProviderRequest$;
    exports.GetOpenIDConnectProviderResponse$ = GetOpenIDConnectProviderResponse$;
    exports.GetOrganizationsAccessReport$ = GetOrganizationsAccessReport$;
    exports.GetOrganizationsAccessReportCommand = GetOrganizationsAccessReportCommand;
    exports.GetOrganizationsAccessReportRequest$ = GetOrganizationsAccessReportRequest$;
    exports.GetOrganizationsAccessReportResponse$ = GetOrganizationsAccessReportResponse$;
    exports.GetOutboundWebIdentityFederationInfo$ = GetOutboundWebIdentityFederationInfo$;
    exports.GetOutboundWebIdentityFederationInfoCommand = GetOutboundWebIdentityFederationInfoCommand;
    exports.GetOutboundWebIdentityFederationInfoResponse$ = GetOutboundWebIdentityFederationInfoResponse$;
    exports.GetPolicy$ = GetPolicy$;
    exports.GetPolicyCommand = GetPolicyCommand2;
    exports.GetPolicyRequest$ = GetPolicyRequest$;
    exports.GetPolicyResponse$ = GetPolicyResponse$;
    exports.GetPolicyVersion$ = GetPolicyVersion$;
    exports.GetPolicyVersionCommand = GetPolicyVersionCommand;
    exports.GetPolicyVersionRequest$ = GetPolicyVersionRequest$;
    exports.GetPolicyVersionResponse$ = GetPolicyVersionResponse$;
    exports.GetRole$ = GetRole$;
    exports.GetRoleCommand = GetRoleCommand2;
    exports.GetRolePolicy$ = GetRolePolicy$;
    exports.GetRolePolicyCommand = GetRolePolicyCommand2;
    exports.GetRolePolicyRequest$ = GetRolePolicyRequest$;
    exports.GetRolePolicyResponse$ = GetRolePolicyResponse$;
    exports.GetRoleRequest$ = GetRoleRequest$;
    exports.GetRoleResponse$ = GetRoleResponse$;
    exports.GetRoleTemplateVersion$ = GetRoleTemplateVersion$;
    exports.GetRoleTemplateVersionCommand = GetRoleTemplateVersionCommand;
    exports.GetRoleTemplateVersionRequest$ = GetRoleTemplateVersionRequest$;
    exports.GetRoleTemplateVersionResponse$ = GetRoleTemplateVersionResponse$;
    exports.GetSAMLProvider$ = GetSAMLProvider$;
    exports.GetSAMLProviderCommand = GetSAMLProviderCommand;
    exports.GetSAMLProviderRequest$ = GetSAMLProviderRequest$;
    exports.GetSAMLProviderResponse$ = GetSAMLProviderResponse$;
    exports.GetSSHPublicKey$ = GetSSHPublicKey$;
    exports.GetSSHPublicKeyCommand = GetSSHPublicKeyCommand;
    exports.GetSSHPublicKeyRequest$ = GetSSHPublicKeyRequest$;
    exports.GetSSHPublicKeyResponse$ = GetSSHPublicKeyResponse$;
    exports.GetServerCertificate$ = GetServerCertificate$;
    exports.GetServerCertificateCommand = GetServerCertificateCommand;
    exports.GetServerCertificateRequest$ = GetServerCertificateRequest$;
    exports.GetServerCertificateResponse$ = GetServerCertificateResponse$;
    exports.GetServiceLastAccessedDetails$ = GetServiceLastAccessedDetails$;
    exports.GetServiceLastAccessedDetailsCommand = GetServiceLastAccessedDetailsCommand2;
    exports.GetServiceLastAccessedDetailsRequest$ = GetServiceLastAccessedDetailsRequest$;
    exports.GetServiceLastAccessedDetailsResponse$ = GetServiceLastAccessedDetailsResponse$;
    exports.GetServiceLastAccessedDetailsWithEntities$ = GetServiceLastAccessedDetailsWithEntities$;
    exports.GetServiceLastAccessedDetailsWithEntitiesCommand = GetServiceLastAccessedDetailsWithEntitiesCommand;
    exports.GetServiceLastAccessedDetailsWithEntitiesRequest$ = GetServiceLastAccessedDetailsWithEntitiesRequest$;
    exports.GetServiceLastAccessedDetailsWithEntitiesResponse$ = GetServiceLastAccessedDetailsWithEntitiesResponse$;
    exports.GetServiceLinkedRoleDeletionStatus$ = GetServiceLinkedRoleDeletionStatus$;
    exports.GetServiceLinkedRoleDeletionStatusCommand = GetServiceLinkedRoleDeletionStatusCommand;
    exports.GetServiceLinkedRoleDeletionStatusRequest$ = GetServiceLinkedRoleDeletionStatusRequest$;
    exports.GetServiceLinkedRoleDeletionStatusResponse$ = GetServiceLinkedRoleDeletionStatusResponse$;
    exports.GetUser$ = GetUser$;
    exports.GetUserCommand = GetUserCommand;
    exports.GetUserPolicy$ = GetUserPolicy$;
    exports.GetUserPolicyCommand = GetUserPolicyCommand;
    exports.GetUserPolicyRequest$ = GetUserPolicyRequest$;
    exports.GetUserPolicyResponse$ = GetUserPolicyResponse$;
    exports.GetUserRequest$ = GetUserRequest$;
    exports.GetUserResponse$ = GetUserResponse$;
    exports.GlobalEndpointTokenVersion = GlobalEndpointTokenVersion;
    exports.Group$ = Group$;
    exports.GroupDetail$ = GroupDetail$;
    exports.IAM = IAM;
    exports.IAMClient = IAMClient4;
    exports.IAMServiceException = IAMServiceException;
    exports.IAMServiceException$ = IAMServiceException$;
    exports.InlinePolicy$ = InlinePolicy$;
    exports.InlinePolicyIdentifierType$ = InlinePolicyIdentifierType$;
    exports.InstanceProfile$ = InstanceProfile$;
    exports.InvalidAuthenticationCodeException = InvalidAuthenticationCodeException;
    exports.InvalidAuthenticationCodeException$ = InvalidAuthenticationCodeException$;
    exports.InvalidCertificateException = InvalidCertificateException;
    exports.InvalidCertificateException$ = InvalidCertificateException$;
    exports.InvalidInputException = InvalidInputException;
    exports.InvalidInputException$ = InvalidInputException$;
    exports.InvalidPublicKeyException = InvalidPublicKeyException;
    exports.InvalidPublicKeyException$ = InvalidPublicKeyException$;
    exports.InvalidUserTypeException = InvalidUserTypeException;
    exports.InvalidUserTypeException$ = InvalidUserTypeException$;
    exports.JobStatusType = JobStatusType;
    exports.KeyPairMismatchException = KeyPairMismatchException;
    exports.KeyPairMismatchException$ = KeyPairMismatchException$;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.ListAccessKeys$ = ListAccessKeys$;
    exports.ListAccessKeysCommand = ListAccessKeysCommand;
    exports.ListAccessKeysRequest$ = ListAccessKeysRequest$;
    exports.ListAccessKeysResponse$ = ListAccessKeysResponse$;
    exports.ListAccountAliases$ = ListAccountAliases$;
    exports.ListAccountAliasesCommand = ListAccountAliasesCommand;
    exports.ListAccountAliasesRequest$ = ListAccountAliasesRequest$;
    exports.ListAccountAliasesResponse$ = ListAccountAliasesResponse$;
    exports.ListAttachedGroupPolicies$ = ListAttachedGroupPolicies$;
    exports.ListAttachedGroupPoliciesCommand = ListAttachedGroupPoliciesCommand;
    exports.ListAttachedGroupPoliciesRequest$ = ListAttachedGroupPoliciesRequest$;
    exports.ListAttachedGroupPoliciesResponse$ = ListAttachedGroupPoliciesResponse$;
    exports.ListAttachedRolePolicies$ = ListAttachedRolePolicies$;
    exports.ListAttachedRolePoliciesCommand = ListAttachedRolePoliciesCommand;
    exports.ListAttachedRolePoliciesRequest$ = ListAttachedRolePoliciesRequest$;
    exports.ListAttachedRolePoliciesResponse$ = ListAttachedRolePoliciesResponse$;
    exports.ListAttachedUserPolicies$ = ListAttachedUserPolicies$;
    exports.ListAttachedUserPoliciesCommand = ListAttachedUserPoliciesCommand;
    exports.ListAttachedUserPoliciesRequest$ = ListAttachedUserPoliciesRequest$;
    exports.ListAttachedUserPoliciesResponse$ = ListAttachedUserPoliciesResponse$;
    exports.ListDelegationRequests$ = ListDelegationRequests$;
    exports.ListDelegationRequestsCommand = ListDelegationRequestsCommand;
    exports.ListDelegationRequestsRequest$ = ListDelegationRequestsRequest$;
    exports.ListDelegationRequestsResponse$ = ListDelegationRequestsResponse$;
    exports.ListEntitiesForPolicy$ = ListEntitiesForPolicy$;
    exports.ListEntitiesForPolicyCommand = ListEntitiesForPolicyCommand;
    exports.ListEntitiesForPolicyRequest$ = ListEntitiesForPolicyRequest$;
    exports.ListEntitiesForPolicyResponse$ = ListEntitiesForPolicyResponse$;
    exports.ListGroupPolicies$ = ListGroupPolicies$;
    exports.ListGroupPoliciesCommand = ListGroupPoliciesCommand;
    exports.ListGroupPoliciesRequest$ = ListGroupPoliciesRequest$;
    exports.ListGroupPoliciesResponse$ = ListGroupPoliciesResponse$;
    exports.ListGroups$ = ListGroups$;
    exports.ListGroupsCommand = ListGroupsCommand;
    exports.ListGroupsForUser$ = ListGroupsForUser$;
    exports.ListGroupsForUserCommand = ListGroupsForUserCommand;
    exports.ListGroupsForUserRequest$ = ListGroupsForUserRequest$;
    exports.ListGroupsForUserResponse$ = ListGroupsForUserResponse$;
    exports.ListGroupsRequest$ = ListGroupsRequest$;
    exports.ListGroupsResponse$ = ListGroupsResponse$;
    exports.ListInstanceProfileTags$ = ListInstanceProfileTags$;
    exports.ListInstanceProfileTagsCommand = ListInstanceProfileTagsCommand;
    exports.ListInstanceProfileTagsRequest$ = ListInstanceProfileTagsRequest$;
    exports.ListInstanceProfileTagsResponse$ = ListInstanceProfileTagsResponse$;
    exports.ListInstanceProfiles$ = ListInstanceProfiles$;
    exports.ListInstanceProfilesCommand = ListInstanceProfilesCommand;
    exports.ListInstanceProfilesForRole$ = ListInstanceProfilesForRole$;
    exports.ListInstanceProfilesForRoleCommand = ListInstanceProfilesForRoleCommand;
    exports.ListInstanceProfilesForRoleRequest$ = ListInstanceProfilesForRoleRequest$;
    exports.ListInstanceProfilesForRoleResponse$ = ListInstanceProfilesForRoleResponse$;
    exports.ListInstanceProfilesRequest$ = ListInstanceProfilesRequest$;
    exports.ListInstanceProfilesResponse$ = ListInstanceProfilesResponse$;
    exports.ListMFADeviceTags$ = ListMFADeviceTags$;
    exports.ListMFADeviceTagsCommand = ListMFADeviceTagsCommand;
    exports.ListMFADeviceTagsRequest$ = ListMFADeviceTagsRequest$;
    exports.ListMFADeviceTagsResponse$ = ListMFADeviceTagsResponse$;
    exports.ListMFADevices$ = ListMFADevices$;
    exports.ListMFADevicesCommand = ListMFADevicesCommand;
    exports.ListMFADevicesRequest$ = ListMFADevicesRequest$;
    exports.ListMFADevicesResponse$ = ListMFADevicesResponse$;
    exports.ListOpenIDConnectProviderTags$ = ListOpenIDConnectProviderTags$;
    exports.ListOpenIDConnectProviderTagsCommand = ListOpenIDConnectProviderTagsCommand;
    exports.ListOpenIDConnectProviderTagsRequest$ = ListOpenIDConnectProviderTagsRequest$;
    exports.ListOpenIDConnectProviderTagsResponse$ = ListOpenIDConnectProviderTagsResponse$;
    exports.ListOpenIDConnectProviders$ = ListOpenIDConnectProviders$;
    exports.ListOpenIDConnectProvidersCommand = ListOpenIDConnectProvidersCommand;
    exports.ListOpenIDConnectProvidersRequest$ = ListOpenIDConnectProvidersRequest$;
    exports.ListOpenIDConnectProvidersResponse$ = ListOpenIDConnectProvidersResponse$;
    exports.ListOrganizationsFeatures$ = ListOrganizationsFeatures$;
    exports.ListOrganizationsFeaturesCommand = ListOrganizationsFeaturesCommand;
    exports.ListOrganizationsFeaturesRequest$ = ListOrganizationsFeaturesRequest$;
    exports.ListOrganizationsFeaturesResponse$ = ListOrganizationsFeaturesResponse$;
    exports.ListPolicies$ = ListPolicies$;
    exports.ListPoliciesCommand = ListPoliciesCommand;
    exports.ListPoliciesGrantingServiceAccess$ = ListPoliciesGrantingServiceAccess$;
    exports.ListPoliciesGrantingServiceAccessCommand = ListPoliciesGrantingServiceAccessCommand;
    exports.ListPoliciesGrantingServiceAccessEntry$ = ListPoliciesGrantingServiceAccessEntry$;
    exports.ListPoliciesGrantingServiceAccessRequest$ = ListPoliciesGrantingServiceAccessRequest$;
    exports.ListPoliciesGrantingServiceAccessResponse$ = ListPoliciesGrantingServiceAccessResponse$;
    exports.ListPoliciesRequest$ = ListPoliciesRequest$;
    exports.ListPoliciesResponse$ = ListPoliciesResponse$;
    exports.ListPolicyTags$ = ListPolicyTags$;
    exports.ListPolicyTagsCommand = ListPolicyTagsCommand;
    exports.ListPolicyTagsRequest$ = ListPolicyTagsRequest$;
    exports.ListPolicyTagsResponse$ = ListPolicyTagsResponse$;
    exports.ListPolicyVersions$ = ListPolicyVersions$;
    exports.ListPolicyVersionsCommand = ListPolicyVersionsCommand;
    exports.ListPolicyVersionsRequest$ = ListPolicyVersionsRequest$;
    exports.ListPolicyVersionsResponse$ = ListPolicyVersionsResponse$;
    exports.ListRolePolicies$ = ListRolePolicies$;
    exports.ListRolePoliciesCommand = ListRolePoliciesCommand;
    exports.ListRolePoliciesRequest$ = ListRolePoliciesRequest$;
    exports.ListRolePoliciesResponse$ = ListRolePoliciesResponse$;
    exports.ListRoleTags$ = ListRoleTags$;
    exports.ListRoleTagsCommand = ListRoleTagsCommand;
    exports.ListRoleTagsRequest$ = ListRoleTagsRequest$;
    exports.ListRoleTagsResponse$ = ListRoleTagsResponse$;
    exports.ListRoles$ = ListRoles$;
    exports.ListRolesCommand = ListRolesCommand;
    exports.ListRolesRequest$ = ListRolesRequest$;
    exports.ListRolesResponse$ = ListRolesResponse$;
    exports.ListSAMLProviderTags$ = ListSAMLProviderTags$;
    exports.ListSAMLProviderTagsCommand = ListSAMLProviderTagsCommand;
    exports.ListSAMLProviderTagsRequest$ = ListSAMLProviderTagsRequest$;
    exports.ListSAMLProviderTagsResponse$ = ListSAMLProviderTagsResponse$;
    exports.ListSAMLProviders$ = ListSAMLProviders$;
    exports.ListSAMLProvidersCommand = ListSAMLProvidersCommand;
    exports.ListSAMLProvidersRequest$ = ListSAMLProvidersRequest$;
    exports.ListSAMLProvidersResponse$ = ListSAMLProvidersResponse$;
    exports.ListSSHPublicKeys$ = ListSSHPublicKeys$;
    exports.ListSSHPublicKeysCommand = ListSSHPublicKeysCommand;
    exports.ListSSHPublicKeysRequest$ = ListSSHPublicKeysRequest$;
    exports.ListSSHPublicKeysResponse$ = ListSSHPublicKeysResponse$;
    exports.ListServerCertificateTags$ = ListServerCertificateTags$;
    exports.ListServerCertificateTagsCommand = ListServerCertificateTagsCommand;
    exports.ListServerCertificateTagsRequest$ = ListServerCertificateTagsRequest$;
    exports.ListServerCertificateTagsResponse$ = ListServerCertificateTagsResponse$;
    exports.ListServerCertificates$ = ListServerCertificates$;
    exports.ListServerCertificatesCommand = ListServerCertificatesCommand;
    exports.ListServerCertificatesRequest$ = ListServerCertificatesRequest$;
    exports.ListServerCertificatesResponse$ = ListServerCertificatesResponse$;
    exports.ListServiceSpecificCredentials$ = ListServiceSpecificCredentials$;
    exports.ListServiceSpecificCredentialsCommand = ListServiceSpecificCredentialsCommand;
    exports.ListServiceSpecificCredentialsRequest$ = ListServiceSpecificCredentialsRequest$;
    exports.ListServiceSpecificCredentialsResponse$ = ListServiceSpecificCredentialsResponse$;
    exports.ListSigningCertificates$ = ListSigningCertificates$;
    exports.ListSigningCertificatesCommand = ListSigningCertificatesCommand;
    exports.ListSigningCertificatesRequest$ = ListSigningCertificatesRequest$;
    exports.ListSigningCertificatesResponse$ = ListSigningCertificatesResponse$;
    exports.ListUserPolicies$ = ListUserPolicies$;
    exports.ListUserPoliciesCommand = ListUserPoliciesCommand;
    exports.ListUserPoliciesRequest$ = ListUserPoliciesRequest$;
    exports.ListUserPoliciesResponse$ = ListUserPoliciesResponse$;
    exports.ListUserTags$ = ListUserTags$;
    exports.ListUserTagsCommand = ListUserTagsCommand;
    exports.ListUserTagsRequest$ = ListUserTagsRequest$;
    exports.ListUserTagsResponse$ = ListUserTagsResponse$;
    exports.ListUsers$ = ListUsers$;
    exports.ListUsersCommand = ListUsersCommand;
    exports.ListUsersRequest$ = ListUsersRequest$;
    exports.ListUsersResponse$ = ListUsersResponse$;
    exports.ListVirtualMFADevices$ = ListVirtualMFADevices$;
    exports.ListVirtualMFADevicesCommand = ListVirtualMFADevicesCommand;
    exports.ListVirtualMFADevicesRequest$ = ListVirtualMFADevicesRequest$;
    exports.ListVirtualMFADevicesResponse$ = ListVirtualMFADevicesResponse$;
    exports.LoginProfile$ = LoginProfile$;
    exports.MFADevice$ = MFADevice$;
    exports.MalformedCertificateException = MalformedCertificateException;
    exports.MalformedCertificateException$ = MalformedCertificateException$;
    exports.MalformedPolicyDocumentException = MalformedPolicyDocumentException;
    exports.MalformedPolicyDocumentException$ = MalformedPolicyDocumentException$;
    exports.ManagedByTypeType = ManagedByTypeType;
    exports.ManagedPolicyDetail$ = ManagedPolicyDetail$;
    exports.NameConflictException = NameConflictException;
    exports.NameConflictException$ = NameConflictException$;
    exports.NoSuchEntityException = NoSuchEntityException;
    exports.NoSuchEntityException$ = NoSuchEntityException$;
    exports.OpenIDConnectProviderListEntry$ = OpenIDConnectProviderListEntry$;
    exports.OpenIdIdpCommunicationErrorException = OpenIdIdpCommunicationErrorException;
    exports.OpenIdIdpCommunicationErrorException$ = OpenIdIdpCommunicationErrorException$;
    exports.OrderedOrganizationPolicyType$ = OrderedOrganizationPolicyType$;
    exports.OrganizationNotFoundException = OrganizationNotFoundException;
    exports.OrganizationNotFoundException$ = OrganizationNotFoundException$;
    exports.OrganizationNotInAllFeaturesModeException = OrganizationNotInAllFeaturesModeException;
    exports.OrganizationNotInAllFeaturesModeException$ = OrganizationNotInAllFeaturesModeException$;
    exports.OrganizationsDecisionDetail$ = OrganizationsDecisionDetail$;
    exports.ParameterDefinition$ = ParameterDefinition$;
    exports.ParameterTypeType = ParameterTypeType;
    exports.PasswordPolicy$ = PasswordPolicy$;
    exports.PasswordPolicyViolationException = PasswordPolicyViolationException;
    exports.PasswordPolicyViolationException$ = PasswordPolicyViolationException$;
    exports.PermissionCheckResultType = PermissionCheckResultType;
    exports.PermissionCheckStatusType = PermissionCheckStatusType;
    exports.PermissionsBoundaryAttachmentType = PermissionsBoundaryAttachmentType;
    exports.PermissionsBoundaryDecisionDetail$ = PermissionsBoundaryDecisionDetail$;
    exports.Policy$ = Policy$;
    exports.PolicyDetail$ = PolicyDetail$;
    exports.PolicyEvaluationDecisionType = PolicyEvaluationDecisionType;
    exports.PolicyEvaluationException = PolicyEvaluationException;
    exports.PolicyEvaluationException$ = PolicyEvaluationException$;
    exports.PolicyGrantingServiceAccess$ = PolicyGrantingServiceAccess$;
    exports.PolicyGroup$ = PolicyGroup$;
    exports.PolicyIdentifier$ = PolicyIdentifier$;
    exports.PolicyIdentifierPolicyType = PolicyIdentifierPolicyType;
    exports.PolicyNotAttachableException = PolicyNotAttachableException;
    exports.PolicyNotAttachableException$ = PolicyNotAttachableException$;
    exports.PolicyOwnerEntityType = PolicyOwnerEntityType;
    exports.PolicyParameter$ = PolicyParameter$;
    exports.PolicyParameterTypeEnum = PolicyParameterTypeEnum;
    exports.PolicyRole$ = PolicyRole$;
    exports.PolicyScopeType = PolicyScopeType;
    exports.PolicySourceType = PolicySourceType;
    exports.PolicyType = PolicyType;
    exports.PolicyUsageType = PolicyUsageType;
    exports.PolicyUser$ = PolicyUser$;
    exports.PolicyVersion$ = PolicyVersion$;
    exports.Position$ = Position$;
    exports.PutAccountProperties$ = PutAccountProperties$;
    exports.PutAccountPropertiesCommand = PutAccountPropertiesCommand;
    exports.PutAccountPropertiesRequest$ = PutAccountPropertiesRequest$;
    exports.PutAccountPropertiesResponse$ = PutAccountPropertiesResponse$;
    exports.PutGroupPolicy$ = PutGroupPolicy$;
    exports.PutGroupPolicyCommand = PutGroupPolicyCommand;
    exports.PutGroupPolicyRequest$ = PutGroupPolicyRequest$;
    exports.PutRolePermissionsBoundary$ = PutRolePermissionsBoundary$;
    exports.PutRolePermissionsBoundaryCommand = PutRolePermissionsBoundaryCommand;
    exports.PutRolePermissionsBoundaryRequest$ = PutRolePermissionsBoundaryRequest$;
    exports.PutRolePolicy$ = PutRolePolicy$;
    exports.PutRolePolicyCommand = PutRolePolicyCommand;
    exports.PutRolePolicyRequest$ = PutRolePolicyRequest$;
    exports.PutUserPermissionsBoundary$ = PutUserPermissionsBoundary$;
    exports.PutUserPermissionsBoundaryCommand = PutUserPermissionsBoundaryCommand;
    exports.PutUserPermissionsBoundaryRequest$ = PutUserPermissionsBoundaryRequest$;
    exports.PutUserPolicy$ = PutUserPolicy$;
    exports.PutUserPolicyCommand = PutUserPolicyCommand;
    exports.PutUserPolicyRequest$ = PutUserPolicyRequest$;
    exports.RejectDelegationRequest$ = RejectDelegationRequest$;
    exports.RejectDelegationRequestCommand = RejectDelegationRequestCommand;
    exports.RejectDelegationRequestRequest$ = RejectDelegationRequestRequest$;
    exports.RemoveClientIDFromOpenIDConnectProvider$ = RemoveClientIDFromOpenIDConnectProvider$;
    exports.RemoveClientIDFromOpenIDConnectProviderCommand = RemoveClientIDFromOpenIDConnectProviderCommand;
    exports.RemoveClientIDFromOpenIDConnectProviderRequest$ = RemoveClientIDFromOpenIDConnectProviderRequest$;
    exports.RemoveRoleFromInstanceProfile$ = RemoveRoleFromInstanceProfile$;
    exports.RemoveRoleFromInstanceProfileCommand = RemoveRoleFromInstanceProfileCommand;
    exports.RemoveRoleFromInstanceProfileRequest$ = RemoveRoleFromInstanceProfileRequest$;
    exports.RemoveUserFromGroup$ = RemoveUserFromGroup$;
    exports.RemoveUserFromGroupCommand = RemoveUserFromGroupCommand;
    exports.RemoveUserFromGroupRequest$ = RemoveUserFromGroupRequest$;
    exports.ReplacementValueEntry$ = ReplacementValueEntry$;
    exports.ReportFormatType = ReportFormatType;
    exports.ReportGenerationLimitExceededException = ReportGenerationLimitExceededException;
    exports.ReportGenerationLimitExceededException$ = ReportGenerationLimitExceededException$;
    exports.ReportStateType = ReportStateType;
    exports.ResetServiceSpecificCredential$ = ResetServiceSpecificCredential$;
    exports.ResetServiceSpecificCredentialCommand = ResetServiceSpecificCredentialCommand;
    exports.ResetServiceSpecificCredentialRequest$ = ResetServiceSpecificCredentialRequest$;
    exports.ResetServiceSpecificCredentialResponse$ = ResetServiceSpecificCredentialResponse$;
    exports.ResourceSpecificResult$ = ResourceSpecificResult$;
    exports.ResyncMFADevice$ = ResyncMFADevice$;
    exports.ResyncMFADeviceCommand = ResyncMFADeviceCommand;
    exports.ResyncMFADeviceRequest$ = ResyncMFADeviceRequest$;
    exports.Role$ = Role$;
    exports.RoleDetail$ = RoleDetail$;
    exports.RoleLastUsed$ = RoleLastUsed$;
    exports.RoleModifiedException = RoleModifiedException;
    exports.RoleModifiedException$ = RoleModifiedException$;
    exports.RoleTemplateDisabledException = RoleTemplateDisabledException;
    exports.RoleTemplateDisabledException$ = RoleTemplateDisabledException$;
    exports.RoleTemplateVersion$ = RoleTemplateVersion$;
    exports.RoleUsageType$ = RoleUsageType$;
    exports.SAMLPrivateKey$ = SAMLPrivateKey$;
    exports.SAMLProviderListEntry$ = SAMLProviderListEntry$;
    exports.SSHPublicKey$ = SSHPublicKey$;
    exports.SSHPublicKeyMetadata$ = SSHPublicKeyMetadata$;
    exports.SendDelegationToken$ = SendDelegationToken$;
    exports.SendDelegationTokenCommand = SendDelegationTokenCommand;
    exports.SendDelegationTokenRequest$ = SendDelegationTokenRequest$;
    exports.ServerCertificate$ = ServerCertificate$;
    exports.ServerCertificateMetadata$ = ServerCertificateMetadata$;
    exports.ServiceAccessNotEnabledException = ServiceAccessNotEnabledException;
    exports.ServiceAccessNotEnabledException$ = ServiceAccessNotEnabledException$;
    exports.ServiceFailureException = ServiceFailureException;
    exports.ServiceFailureException$ = ServiceFailureException$;
    exports.ServiceLastAccessed$ = ServiceLastAccessed$;
    exports.ServiceNotSupportedException = ServiceNotSupportedException;
    exports.ServiceNotSupportedException$ = ServiceNotSupportedException$;
    exports.ServiceSpecificCredential$ = ServiceSpecificCredential$;
    exports.ServiceSpecificCredentialMetadata$ = ServiceSpecificCredentialMetadata$;
    exports.SetDefaultPolicyVersion$ = SetDefaultPolicyVersion$;
    exports.SetDefaultPolicyVersionCommand = SetDefaultPolicyVersionCommand;
    exports.SetDefaultPolicyVersionRequest$ = SetDefaultPolicyVersionRequest$;
    exports.SetSecurityTokenServicePreferences$ = SetSecurityTokenServicePreferences$;
    exports.SetSecurityTokenServicePreferencesCommand = SetSecurityTokenServicePreferencesCommand;
    exports.SetSecurityTokenServicePreferencesRequest$ = SetSecurityTokenServicePreferencesRequest$;
    exports.SigningCertificate$ = SigningCertificate$;
    exports.SimulateCustomPolicy$ = SimulateCustomPolicy$;
    exports.SimulateCustomPolicyCommand = SimulateCustomPolicyCommand;
    exports.SimulateCustomPolicyRequest$ = SimulateCustomPolicyRequest$;
    exports.SimulatePolicyResponse$ = SimulatePolicyResponse$;
    exports.SimulatePrincipalPolicy$ = SimulatePrincipalPolicy$;
    exports.SimulatePrincipalPolicyCommand = SimulatePrincipalPolicyCommand;
    exports.SimulatePrincipalPolicyRequest$ = SimulatePrincipalPolicyRequest$;
    exports.SortKeyType = SortKeyType;
    exports.SourceRoleTemplate$ = SourceRoleTemplate$;
    exports.StateType = StateType;
    exports.Statement$ = Statement$;
    exports.StatusType = StatusType;
    exports.SummaryKeyType = SummaryKeyType;
    exports.SummaryStateType = SummaryStateType;
    exports.Tag$ = Tag$;
    exports.TagInstanceProfile$ = TagInstanceProfile$;
    exports.TagInstanceProfileCommand = TagInstanceProfileCommand;
    exports.TagInstanceProfileRequest$ = TagInstanceProfileRequest$;
    exports.TagMFADevice$ = TagMFADevice$;
    exports.TagMFADeviceCommand = TagMFADeviceCommand;
    exports.TagMFADeviceRequest$ = TagMFADeviceRequest$;
    exports.TagOpenIDConnectProvider$ = TagOpenIDConnectProvider$;
    exports.TagOpenIDConnectProviderCommand = TagOpenIDConnectProviderCommand;
    exports.TagOpenIDConnectProviderRequest$ = TagOpenIDConnectProviderRequest$;
    exports.TagPolicy$ = TagPolicy$;
    exports.TagPolicyCommand = TagPolicyCommand;
    exports.TagPolicyRequest$ = TagPolicyRequest$;
    exports.TagRole$ = TagRole$;
    exports.TagRoleCommand = TagRoleCommand;
    exports.TagRoleRequest$ = TagRoleRequest$;
    exports.TagSAMLProvider$ = TagSAMLProvider$;
    exports.TagSAMLProviderCommand = TagSAMLProviderCommand;
    exports.TagSAMLProviderRequest$ = TagSAMLProviderRequest$;
    exports.TagServerCertificate$ = TagServerCertificate$;
    exports.TagServerCertificateCommand = TagServerCertificateCommand;
    exports.TagServerCertificateRequest$ = TagServerCertificateRequest$;
    exports.TagTemplate$ = TagTemplate$;
    exports.TagUser$ = TagUser$;
    exports.TagUserCommand = TagUserCommand;
    exports.TagUserRequest$ = TagUserRequest$;
    exports.TrackedActionLastAccessed$ = TrackedActionLastAccessed$;
    exports.UnmodifiableEntityException = UnmodifiableEntityException;
    exports.UnmodifiableEntityException$ = UnmodifiableEntityException$;
    exports.UnrecognizedPublicKeyEncodingException = UnrecognizedPublicKeyEncodingException;
    exports.UnrecognizedPublicKeyEncodingException$ = UnrecognizedPublicKeyEncodingException$;
    exports.UntagInstanceProfile$ = UntagInstanceProfile$;
    exports.UntagInstanceProfileCommand = UntagInstanceProfileCommand;
    exports.UntagInstanceProfileRequest$ = UntagInstanceProfileRequest$;
    exports.UntagMFADevice$ = UntagMFADevice$;
    exports.UntagMFADeviceCommand = UntagMFADeviceCommand;
    exports.UntagMFADeviceRequest$ = UntagMFADeviceRequest$;
    exports.UntagOpenIDConnectProvider$ = UntagOpenIDConnectProvider$;
    exports.UntagOpenIDConnectProviderCommand = UntagOpenIDConnectProviderCommand;
    exports.UntagOpenIDConnectProviderRequest$ = UntagOpenIDConnectProviderRequest$;
    exports.UntagPolicy$ = UntagPolicy$;
    exports.UntagPolicyCommand = UntagPolicyCommand;
    exports.UntagPolicyRequest$ = UntagPolicyRequest$;
    exports.UntagRole$ = UntagRole$;
    exports.UntagRoleCommand = UntagRoleCommand;
    exports.UntagRoleRequest$ = UntagRoleRequest$;
    exports.UntagSAMLProvider$ = UntagSAMLProvider$;
    exports.UntagSAMLProviderCommand = UntagSAMLProviderCommand;
    exports.UntagSAMLProviderRequest$ = UntagSAMLProviderRequest$;
    exports.UntagServerCertificate$ = UntagServerCertificate$;
    exports.UntagServerCertificateCommand = UntagServerCertificateCommand;
    exports.UntagServerCertificateRequest$ = UntagServerCertificateRequest$;
    exports.UntagUser$ = UntagUser$;
    exports.UntagUserCommand = UntagUserCommand;
    exports.UntagUserRequest$ = UntagUserRequest$;
    exports.UpdateAccessKey$ = UpdateAccessKey$;
    exports.UpdateAccessKeyCommand = UpdateAccessKeyCommand;
    exports.UpdateAccessKeyRequest$ = UpdateAccessKeyRequest$;
    exports.UpdateAccountPasswordPolicy$ = UpdateAccountPasswordPolicy$;
    exports.UpdateAccountPasswordPolicyCommand = UpdateAccountPasswordPolicyCommand;
    exports.UpdateAccountPasswordPolicyRequest$ = UpdateAccountPasswordPolicyRequest$;
    exports.UpdateAssumeRolePolicy$ = UpdateAssumeRolePolicy$;
    exports.UpdateAssumeRolePolicyCommand = UpdateAssumeRolePolicyCommand;
    exports.UpdateAssumeRolePolicyRequest$ = UpdateAssumeRolePolicyRequest$;
    exports.UpdateDelegationRequest$ = UpdateDelegationRequest$;
    exports.UpdateDelegationRequestCommand = UpdateDelegationRequestCommand;
    exports.UpdateDelegationRequestRequest$ = UpdateDelegationRequestRequest$;
    exports.UpdateGroup$ = UpdateGroup$;
    exports.UpdateGroupCommand = UpdateGroupCommand;
    exports.UpdateGroupRequest$ = UpdateGroupRequest$;
    exports.UpdateLoginProfile$ = UpdateLoginProfile$;
    exports.UpdateLoginProfileCommand = UpdateLoginProfileCommand;
    exports.UpdateLoginProfileRequest$ = UpdateLoginProfileRequest$;
    exports.UpdateOpenIDConnectProviderThumbprint$ = UpdateOpenIDConnectProviderThumbprint$;
    exports.UpdateOpenIDConnectProviderThumbprintCommand = UpdateOpenIDConnectProviderThumbprintCommand;
    exports.UpdateOpenIDConnectProviderThumbprintRequest$ = UpdateOpenIDConnectProviderThumbprintRequest$;
    exports.UpdateRole$ = UpdateRole$;
    exports.UpdateRoleCommand = UpdateRoleCommand;
    exports.UpdateRoleDescription$ = UpdateRoleDescription$;
    exports.UpdateRoleDescriptionCommand = UpdateRoleDescriptionCommand;
    exports.UpdateRoleDescriptionRequest$ = UpdateRoleDescriptionRequest$;
    exports.UpdateRoleDescriptionResponse$ = UpdateRoleDescriptionResponse$;
    exports.UpdateRoleRequest$ = UpdateRoleRequest$;
    exports.UpdateRoleResponse$ = UpdateRoleResponse$;
    exports.UpdateSAMLProvider$ = UpdateSAMLProvider$;
    exports.UpdateSAMLProviderCommand = UpdateSAMLProviderCommand;
    exports.UpdateSAMLProviderRequest$ = UpdateSAMLProviderRequest$;
    exports.UpdateSAMLProviderResponse$ = UpdateSAMLProviderResponse$;
    exports.UpdateSSHPublicKey$ = UpdateSSHPublicKey$;
    exports.UpdateSSHPublicKeyCommand = UpdateSSHPublicKeyCommand;
    exports.UpdateSSHPublicKeyRequest$ = UpdateSSHPublicKeyRequest$;
    exports.UpdateServerCertificate$ = UpdateServerCertificate$;
    exports.UpdateServerCertificateCommand = UpdateServerCertificateCommand;
    exports.UpdateServerCertificateRequest$ = UpdateServerCertificateRequest$;
    exports.UpdateServiceSpecificCredential$ = UpdateServiceSpecificCredential$;
    exports.UpdateServiceSpecificCredentialCommand = UpdateServiceSpecificCredentialCommand;
    exports.UpdateServiceSpecificCredentialRequest$ = UpdateServiceSpecificCredentialRequest$;
    exports.UpdateSigningCertificate$ = UpdateSigningCertificate$;
    exports.UpdateSigningCertificateCommand = UpdateSigningCertificateCommand;
    exports.UpdateSigningCertificateRequest$ = UpdateSigningCertificateRequest$;
    exports.UpdateUser$ = UpdateUser$;
    exports.UpdateUserCommand = UpdateUserCommand;
    exports.UpdateUserRequest$ = UpdateUserRequest$;
    exports.UploadSSHPublicKey$ = UploadSSHPublicKey$;
    exports.UploadSSHPublicKeyCommand = UploadSSHPublicKeyCommand;
    exports.UploadSSHPublicKeyRequest$ = UploadSSHPublicKeyRequest$;
    exports.UploadSSHPublicKeyResponse$ = UploadSSHPublicKeyResponse$;
    exports.UploadServerCertificate$ = UploadServerCertificate$;
    exports.UploadServerCertificateCommand = UploadServerCertificateCommand;
    exports.UploadServerCertificateRequest$ = UploadServerCertificateRequest$;
    exports.UploadServerCertificateResponse$ = UploadServerCertificateResponse$;
    exports.UploadSigningCertificate$ = UploadSigningCertificate$;
    exports.UploadSigningCertificateCommand = UploadSigningCertificateCommand;
    exports.UploadSigningCertificateRequest$ = UploadSigningCertificateRequest$;
    exports.UploadSigningCertificateResponse$ = UploadSigningCertificateResponse$;
    exports.User$ = User$;
    exports.UserDetail$ = UserDetail$;
    exports.VirtualMFADevice$ = VirtualMFADevice$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateGetAccountAuthorizationDetails = paginateGetAccountAuthorizationDetails2;
    exports.paginateGetGroup = paginateGetGroup;
    exports.paginateListAccessKeys = paginateListAccessKeys;
    exports.paginateListAccountAliases = paginateListAccountAliases;
    exports.paginateListAttachedGroupPolicies = paginateListAttachedGroupPolicies;
    exports.paginateListAttachedRolePolicies = paginateListAttachedRolePolicies2;
    exports.paginateListAttachedUserPolicies = paginateListAttachedUserPolicies;
    exports.paginateListEntitiesForPolicy = paginateListEntitiesForPolicy2;
    exports.paginateListGroupPolicies = paginateListGroupPolicies;
    exports.paginateListGroups = paginateListGroups;
    exports.paginateListGroupsForUser = paginateListGroupsForUser;
    exports.paginateListInstanceProfileTags = paginateListInstanceProfileTags;
    exports.paginateListInstanceProfiles = paginateListInstanceProfiles;
    exports.paginateListInstanceProfilesForRole = paginateListInstanceProfilesForRole2;
    exports.paginateListMFADeviceTags = paginateListMFADeviceTags;
    exports.paginateListMFADevices = paginateListMFADevices;
    exports.paginateListOpenIDConnectProviderTags = paginateListOpenIDConnectProviderTags;
    exports.paginateListPolicies = paginateListPolicies;
    exports.paginateListPolicyTags = paginateListPolicyTags;
    exports.paginateListPolicyVersions = paginateListPolicyVersions;
    exports.paginateListRolePolicies = paginateListRolePolicies2;
    exports.paginateListRoleTags = paginateListRoleTags;
    exports.paginateListRoles = paginateListRoles;
    exports.paginateListSAMLProviderTags = paginateListSAMLProviderTags;
    exports.paginateListSSHPublicKeys = paginateListSSHPublicKeys;
    exports.paginateListServerCertificateTags = paginateListServerCertificateTags;
    exports.paginateListServerCertificates = paginateListServerCertificates;
    exports.paginateListSigningCertificates = paginateListSigningCertificates;
    exports.paginateListUserPolicies = paginateListUserPolicies;
    exports.paginateListUserTags = paginateListUserTags;
    exports.paginateListUsers = paginateListUsers;
    exports.paginateListVirtualMFADevices = paginateListVirtualMFADevices;
    exports.paginateSimulateCustomPolicy = paginateSimulateCustomPolicy;
    exports.paginateSimulatePrincipalPolicy = paginateSimulatePrincipalPolicy;
    exports.waitForInstanceProfileExists = waitForInstanceProfileExists;
    exports.waitForPolicyExists = waitForPolicyExists;
    exports.waitForRoleExists = waitForRoleExists;
    exports.waitForUserExists = waitForUserExists;
    exports.waitUntilInstanceProfileExists = waitUntilInstanceProfileExists;
    exports.waitUntilPolicyExists = waitUntilPolicyExists;
    exports.waitUntilRoleExists = waitUntilRoleExists;
    exports.waitUntilUserExists = waitUntilUserExists;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// ../../work/main/node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "../../work/main/node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// ../../work/main/node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "../../work/main/node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// ../../work/main/node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "../../work/main/node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// ../../work/main/node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "../../work/main/node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// ../../work/main/node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "../../work/main/node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// ../../work/main/node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "../../work/main/node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// ../../work/main/node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "../../work/main/node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// ../../work/main/node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "../../work/main/node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// ../../work/main/node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "../../work/main/node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// ../../work/main/node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "../../work/main/node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// ../../work/main/node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "../../work/main/node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// ../../work/main/node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "../../work/main/node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// ../../work/main/node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "../../work/main/node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// ../../work/main/node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "../../work/main/node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// ../../work/main/node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "../../work/main/node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// ../../work/main/src/inventory/live/collect.ts
var import_client_ec2 = __toESM(require_dist_cjs4(), 1);
var import_client_sts = __toESM(require_dist_cjs6(), 1);

// ../../work/main/src/inventory/live/access-advisor.ts
var import_client_iam = __toESM(require_dist_cjs7(), 1);
var ACTION_TRACKED_SERVICES = /* @__PURE__ */ new Set(["s3", "ec2", "iam", "lambda"]);
var POLL_FIRST_MS = 500;
var POLL_MAX_MS = 8e3;
function iso(d) {
  return d ? d.toISOString() : null;
}
async function accessAdvisor(session, work, removedServices) {
  const usage = work.facts.usage;
  if (work.facts.existence !== "found" || !work.facts.arn) return;
  const run = session.run;
  const iam = session.client("iam", "global", import_client_iam.IAMClient);
  const limit = session.limit("iam", "global");
  const tracked = removedServices.map((s) => s.toLowerCase()).filter((s) => ACTION_TRACKED_SERVICES.has(s));
  const granularity = tracked.length > 0 ? "ACTION_LEVEL" : "SERVICE_LEVEL";
  const detail = `role ${work.name}`;
  const arn = work.facts.arn;
  const job = await limit(
    () => session.attempt(
      { operation: "iam:GenerateServiceLastAccessedDetails", region: "global", detail },
      async (abortSignal) => (await iam.send(new import_client_iam.GenerateServiceLastAccessedDetailsCommand({ Arn: arn, Granularity: granularity }), { abortSignal })).JobId
    )
  );
  if (!job.ok) return addGap(usage.gaps, job.gap);
  const jobId = job.value;
  if (!jobId) return addGap(usage.gaps, { operation: "iam:GenerateServiceLastAccessedDetails", region: "global", account: session.account, reason: `Access Advisor returned no job id (${detail})` });
  let delay = POLL_FIRST_MS;
  for (; ; ) {
    if (run.clock().getTime() + delay >= run.deadlineAt) {
      return addGap(usage.gaps, {
        operation: "iam:GetServiceLastAccessedDetails",
        region: "global",
        account: session.account,
        reason: `Access Advisor job still IN_PROGRESS when the deadline of ${Math.round(run.timeoutMs / 1e3)} s came (${detail})`
      });
    }
    await run.sleep(delay);
    delay = Math.min(delay * 2, POLL_MAX_MS);
    const polled = await limit(
      () => session.attempt({ operation: "iam:GetServiceLastAccessedDetails", region: "global", detail }, async (abortSignal) => {
        const services2 = [];
        let marker;
        for (; ; ) {
          const page = await iam.send(new import_client_iam.GetServiceLastAccessedDetailsCommand({ JobId: jobId, ...marker ? { Marker: marker } : {} }), { abortSignal });
          if (page.JobStatus !== "COMPLETED") return { status: page.JobStatus ?? "UNKNOWN", error: page.Error?.Message ?? page.Error?.Code, services: services2 };
          services2.push(...page.ServicesLastAccessed ?? []);
          if (!page.IsTruncated || !page.Marker) return { status: "COMPLETED", error: void 0, services: services2 };
          marker = page.Marker;
        }
      })
    );
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
    usage.services = services.map((s) => toServiceAccess(s, tracked));
    return;
  }
}
function toServiceAccess(s, tracked) {
  const namespace = s.ServiceNamespace ?? "?";
  const out = { namespace, lastAccessed: iso(s.LastAuthenticated) };
  if (s.LastAuthenticatedRegion) out.region = s.LastAuthenticatedRegion;
  if (tracked.includes(namespace.toLowerCase()) && s.TrackedActionsLastAccessed)
    out.actions = s.TrackedActionsLastAccessed.map((a) => {
      const action = {
        action: `${namespace}:${a.ActionName ?? "?"}`,
        lastAccessed: iso(a.LastAccessedTime)
      };
      if (a.LastAccessedRegion) action.region = a.LastAccessedRegion;
      return action;
    });
  return out;
}

// ../../work/main/src/inventory/live/from-trust.ts
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
    const cluster = clusters.find((c) => c.issuer?.toLowerCase() === entry.issuer.toLowerCase());
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

// ../../work/main/src/inventory/live/identity.ts
var import_client_iam2 = __toESM(require_dist_cjs7(), 1);

// ../../work/main/src/inventory/live/failure.ts
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
function errorName(e) {
  if (e && typeof e === "object") {
    const o = e;
    if (typeof o.code === "string" && UNREACHABLE.has(o.code)) return o.code;
    if (typeof o.name === "string" && o.name !== "Error") return o.name;
    if (typeof o.Code === "string") return o.Code;
    if (typeof o.code === "string") return o.code;
  }
  return "Error";
}
function isNoSuchEntity(e) {
  const name = errorName(e);
  return name === "NoSuchEntity" || name === "NoSuchEntityException" || name === "ResourceNotFoundException";
}
function firstLine(e) {
  const message = e instanceof Error ? e.message : String(e);
  return (message.split("\n")[0] ?? "").slice(0, 160);
}
function failureReason(e, ctx) {
  const where = (ctx.region && ctx.region !== "global" ? ` in ${ctx.region}` : "") + (ctx.foreignAccount && ctx.account ? ` of account ${ctx.account}` : "") + (ctx.detail ? ` (${ctx.detail})` : "");
  const name = errorName(e);
  if (ctx.deadlinePassed || name === "AbortError")
    return `${ctx.operation} did not finish${where}: deadline of ${Math.round(ctx.timeoutMs / 1e3)} s passed`;
  if (DENIED.has(name)) return `${ctx.operation} denied${where}`;
  if (THROTTLED.has(name)) return `${ctx.operation} throttled beyond ${ctx.maxAttempts} attempts${where}`;
  if (BAD_CREDENTIALS.has(name))
    return `${ctx.operation} rejected the credentials${where} (${name}; region not enabled, or no valid credentials)`;
  if (UNREACHABLE.has(name)) return `${ctx.operation} unreachable${where} (${name})`;
  if (name === "OptInRequired") return `${ctx.operation} failed${where}: region not enabled (OptInRequired)`;
  return `${ctx.operation} failed${where}: ${name}: ${firstLine(e)}`;
}
function gapOf(reason, ctx, kinds) {
  const gap = { operation: ctx.operation, reason };
  if (ctx.region) gap.region = ctx.region;
  if (ctx.account) gap.account = ctx.account;
  if (kinds) gap.kinds = [...kinds];
  return gap;
}

// ../../work/main/src/inventory/live/identity.ts
var BULK_ROLE_THRESHOLD = 8;
function fillRole(work, role) {
  const f = work.facts;
  f.existence = "found";
  if (role.Arn) f.arn = role.Arn;
  if (role.Path) f.path = role.Path;
  if (role.RoleId) f.roleId = role.RoleId;
  if (role.CreateDate) f.createDate = role.CreateDate.toISOString();
  const trust = decodePolicy(role.AssumeRolePolicyDocument);
  if (trust) f.trustPolicy = trust;
  work.trust = readTrust(trust);
  if (role.PermissionsBoundary?.PermissionsBoundaryArn) f.permissionsBoundary = role.PermissionsBoundary.PermissionsBoundaryArn;
  f.usage.lastUsedStatus = "known";
  f.usage.lastUsed = role.RoleLastUsed?.LastUsedDate ? role.RoleLastUsed.LastUsedDate.toISOString() : null;
  f.usage.lastUsedRegion = role.RoleLastUsed?.Region ?? null;
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
async function lookupRolesDirect(session, roles, sideGaps) {
  const iam = session.client("iam", "global", import_client_iam2.IAMClient);
  const limit = session.limit("iam", "global");
  await Promise.all(
    roles.map(async (work) => {
      const got = await limit(
        () => session.attempt({ operation: "iam:GetRole", region: "global", detail: `role ${work.name}` }, async (abortSignal) => {
          try {
            return (await iam.send(new import_client_iam2.GetRoleCommand({ RoleName: work.name }), { abortSignal })).Role ?? null;
          } catch (e) {
            if (isNoSuchEntity(e)) return null;
            throw e;
          }
        })
      );
      if (!got.ok) return markUnknown(work, got.gap);
      if (!got.value) return markAbsent(work);
      fillRole(work, got.value);
      await Promise.all([
        limit(async () => {
          const r = await session.attempt(
            { operation: "iam:ListAttachedRolePolicies", region: "global", detail: `role ${work.name}` },
            async (abortSignal) => {
              const out = [];
              for await (const page of (0, import_client_iam2.paginateListAttachedRolePolicies)({ client: iam }, { RoleName: work.name }, { abortSignal }))
                for (const p of page.AttachedPolicies ?? []) out.push({ name: p.PolicyName ?? "", arn: p.PolicyArn ?? "" });
              return out;
            }
          );
          if (r.ok) work.facts.attachedPolicies = r.value;
          else addGap(sideGaps, r.gap);
        }),
        (async () => {
          const r = await limit(
            () => session.attempt({ operation: "iam:ListRolePolicies", region: "global", detail: `role ${work.name}` }, async (abortSignal) => {
              const names = [];
              for await (const page of (0, import_client_iam2.paginateListRolePolicies)({ client: iam }, { RoleName: work.name }, { abortSignal }))
                names.push(...page.PolicyNames ?? []);
              return names;
            })
          );
          if (!r.ok) return addGap(sideGaps, r.gap);
          work.facts.inlinePolicies = await mapLimited(r.value, limit, async (name) => {
            const doc = await session.attempt(
              { operation: "iam:GetRolePolicy", region: "global", detail: `role ${work.name} policy ${name}` },
              async (abortSignal) => (await iam.send(new import_client_iam2.GetRolePolicyCommand({ RoleName: work.name, PolicyName: name }), { abortSignal })).PolicyDocument
            );
            if (!doc.ok) addGap(sideGaps, doc.gap);
            const document = doc.ok ? decodePolicy(doc.value) : void 0;
            return document === void 0 ? { name } : { name, document };
          });
        })(),
        limit(async () => {
          const r = await session.attempt(
            { operation: "iam:ListInstanceProfilesForRole", region: "global", kinds: ["ec2-instance"], detail: `role ${work.name}` },
            async (abortSignal) => {
              const out = [];
              for await (const page of (0, import_client_iam2.paginateListInstanceProfilesForRole)({ client: iam }, { RoleName: work.name }, { abortSignal }))
                for (const p of page.InstanceProfiles ?? []) out.push({ name: p.InstanceProfileName ?? "", arn: p.Arn ?? "" });
              return out;
            }
          );
          if (r.ok) work.facts.instanceProfiles = r.value;
          else addGap(work.facts.dependentGaps, r.gap);
        })
      ]);
    })
  );
}
async function fetchBulkDetails(session) {
  const iam = session.client("iam", "global", import_client_iam2.IAMClient);
  const task = session.run.progress.start(`iam account ${session.account} authorization details`, "roles");
  try {
    return await session.attempt({ operation: "iam:GetAccountAuthorizationDetails", region: "global" }, async (abortSignal) => {
      const roles = /* @__PURE__ */ new Map();
      for await (const page of (0, import_client_iam2.paginateGetAccountAuthorizationDetails)({ client: iam, pageSize: 1e3 }, { Filter: ["Role"] }, { abortSignal })) {
        for (const r of page.RoleDetailList ?? []) if (r.RoleName) roles.set(roleKey(session.account, r.RoleName), r);
        task.add(page.RoleDetailList?.length ?? 0);
      }
      return { roles };
    });
  } finally {
    task.done();
  }
}
function applyBulkDetails(bulk, roles) {
  for (const work of roles) {
    if (!("roles" in bulk)) {
      markUnknown(work, bulk);
      continue;
    }
    const detail = bulk.roles.get(work.key);
    if (!detail) {
      markAbsent(work);
      continue;
    }
    fillRole(work, detail);
    work.facts.attachedPolicies = (detail.AttachedManagedPolicies ?? []).map((p) => ({ name: p.PolicyName ?? "", arn: p.PolicyArn ?? "" }));
    work.facts.inlinePolicies = (detail.RolePolicyList ?? []).map((p) => {
      const document = decodePolicy(p.PolicyDocument);
      return document === void 0 ? { name: p.PolicyName ?? "" } : { name: p.PolicyName ?? "", document };
    });
    work.facts.instanceProfiles = (detail.InstanceProfileList ?? []).map((p) => ({ name: p.InstanceProfileName ?? "", arn: p.Arn ?? "" }));
  }
}

// ../../work/main/src/inventory/live/needs.ts
function kindsNeeded(work) {
  if (work.facts.existence === "absent") return /* @__PURE__ */ new Set();
  if (work.facts.existence === "unknown") return new Set(ALL_KINDS);
  const t = work.trust;
  const kinds = /* @__PURE__ */ new Set(["eks-access-entry", "iam-role", "iam-user"]);
  if (admitsService(t, "lambda", "edgelambda")) kinds.add("lambda-function");
  if (admitsService(t, "eks")) kinds.add("eks-cluster");
  if (admitsService(t, "ec2")) kinds.add("eks-nodegroup");
  if (admitsService(t, "eks-fargate-pods")) kinds.add("eks-fargate-profile");
  if (admitsService(t, "pods.eks")) kinds.add("eks-pod-identity");
  if (admitsService(t, "pods.eks") || t.federated.length > 0) kinds.add("eks-addon");
  if (t.irsa.length > 0) kinds.add("irsa-service-account");
  if ((work.facts.instanceProfiles ?? []).length > 0) kinds.add("ec2-instance");
  if (admitsService(t, "ecs-tasks")) {
    kinds.add("ecs-task-definition");
    kinds.add("ecs-service");
  }
  if (admitsService(t, "states")) kinds.add("sfn-state-machine");
  if (admitsService(t, "codebuild")) kinds.add("codebuild-project");
  if (admitsService(t, "cloudformation")) kinds.add("cloudformation-stack");
  return kinds;
}

// ../../work/main/src/inventory/live/options.ts
var DEFAULT_MAX_ATTEMPTS = 5;
function defaultRegion(env = process.env) {
  return env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1";
}

// ../../work/main/src/inventory/live/policies.ts
var import_client_iam3 = __toESM(require_dist_cjs7(), 1);
function policyArnCandidates(policy, partition, account) {
  if (policy.startsWith("arn:")) return [policy];
  return [`arn:${partition}:iam::${account}:policy/${policy}`, `arn:${partition}:iam::aws:policy/${policy}`];
}
function nameOf(policy) {
  return policy.split("/").pop() ?? policy;
}
async function lookupPolicyDirect(session, policy) {
  const iam = session.client("iam", "global", import_client_iam3.IAMClient);
  const limit = session.limit("iam", "global");
  const facts = { arn: policy, name: nameOf(policy), attachedRoles: [], status: "unknown", gaps: [] };
  const candidates = policyArnCandidates(policy, session.partition, session.account);
  for (const arn of candidates) {
    if (candidates.length > 1) {
      const exists = await limit(
        () => session.attempt({ operation: "iam:GetPolicy", region: "global", detail: `policy ${policy}` }, async (abortSignal) => {
          try {
            await iam.send(new import_client_iam3.GetPolicyCommand({ PolicyArn: arn }), { abortSignal });
            return true;
          } catch (e) {
            if (isNoSuchEntity(e)) return false;
            throw e;
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
        for await (const page of (0, import_client_iam3.paginateListEntitiesForPolicy)({ client: iam }, { PolicyArn: arn, EntityFilter: "Role" }, { abortSignal }))
          for (const r of page.PolicyRoles ?? []) if (r.RoleName) names.push(r.RoleName);
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
    for (const p of role.AttachedManagedPolicies ?? []) {
      const match = candidates.find((c) => c === p.PolicyArn);
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

// ../../work/main/src/inventory/live/progress.ts
var QUIET_MS = 2e3;
function createProgress(onLine, clock) {
  if (!onLine) return { start: () => ({ add: () => {
  }, done: () => {
  } }), stop: () => {
  } };
  const running = /* @__PURE__ */ new Set();
  const timer = setInterval(() => {
    const now = clock().getTime();
    for (const t of running) {
      const seconds = Math.round((now - t.startedAt) / 1e3);
      if (now - t.startedAt >= QUIET_MS) onLine(`${t.label}: ${t.count} ${t.unit} so far (${seconds} s)`);
    }
  }, QUIET_MS);
  timer.unref();
  return {
    start(label, unit) {
      const task = { label, unit, startedAt: clock().getTime(), count: 0 };
      running.add(task);
      return {
        add: (n) => {
          task.count += n;
        },
        done: () => {
          running.delete(task);
        }
      };
    },
    stop: () => clearInterval(timer)
  };
}

// ../../work/main/src/inventory/live/session.ts
var CONCURRENCY_PER_SERVICE_REGION = 4;
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
    this.clients.set(key, client);
    return client;
  }
  limit(service, region) {
    const key = `${service}/${region}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = createLimiter(CONCURRENCY_PER_SERVICE_REGION);
      this.limiters.set(key, limiter);
    }
    return limiter;
  }
  /** Runs one lookup; a failure becomes a gap naming the operation, region and reason. */
  async attempt(ctx, fn) {
    try {
      if (this.run.signal.aborted) throw Object.assign(new Error("deadline passed"), { name: "AbortError" });
      return { ok: true, value: await fn(this.run.signal) };
    } catch (e) {
      const reason = failureReason(e, {
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
    for (const c of this.clients.values()) c.destroy();
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
      } catch (e) {
        outcome = e instanceof Error ? e.name : "error";
        throw e;
      } finally {
        run.debug(`api ${operation} ${region} ${account} ${outcome} ${Date.now() - started}ms`);
      }
    };
  }
};

// ../../work/main/src/inventory/live/collect.ts
var SCANS = [
  { service: "lambda", kinds: ["lambda-function"], load: async () => (await import("./lambda-AG5EAYWI.js")).scanLambda },
  {
    service: "eks",
    kinds: ["eks-cluster", "eks-nodegroup", "eks-fargate-profile", "eks-pod-identity", "eks-addon", "eks-access-entry", "irsa-service-account"],
    load: async () => (await import("./eks-HNSDXJAC.js")).scanEks
  },
  { service: "ec2", kinds: ["ec2-instance"], load: async () => (await import("./ec2-KQ6EKSDU.js")).scanEc2 },
  { service: "ecs", kinds: ["ecs-task-definition", "ecs-service"], load: async () => (await import("./ecs-JADOIQIV.js")).scanEcs },
  { service: "states", kinds: ["sfn-state-machine"], load: async () => (await import("./sfn-6RNU6YIY.js")).scanSfn },
  { service: "codebuild", kinds: ["codebuild-project"], load: async () => (await import("./codebuild-FWVVEFED.js")).scanCodeBuild },
  { service: "cloudformation", kinds: ["cloudformation-stack"], load: async () => (await import("./cloudformation-FZUNWK2X.js")).scanCloudFormation }
];
var REGIONAL_KINDS = ALL_KINDS.filter((k) => k !== "iam-role" && k !== "iam-user");
function createRun(options) {
  const clock = options.clock ?? (() => /* @__PURE__ */ new Date());
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const controller = new AbortController();
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
    })
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
    const t = Date.now();
    try {
      return await fn();
    } finally {
      run.debug(`stage ${name} ${Date.now() - t}ms`);
    }
  };
  try {
    await stage("total", () => collectInto(run, request, snapshot, sessions, stage));
  } finally {
    stop();
    for (const s of sessions) s.destroy();
  }
  snapshot.apiCalls = Object.fromEntries(Object.entries(run.counts).sort(([a], [b]) => a.localeCompare(b)));
  return snapshot;
}
async function collectInto(run, request, snapshot, sessions, stage) {
  const options = run.options;
  const firstRegion = Array.isArray(options.regions) && options.regions[0] ? options.regions[0] : defaultRegion();
  const probe = new AccountSession(run, "", "aws", true);
  sessions.push(probe);
  const who = await probe.attempt(
    { operation: "sts:GetCallerIdentity", region: firstRegion },
    async (abortSignal) => probe.client("sts", firstRegion, import_client_sts.STSClient).send(new import_client_sts.GetCallerIdentityCommand({}), { abortSignal })
  );
  const roles = /* @__PURE__ */ new Map();
  const addRole = (account, name, arn) => {
    const key = roleKey(account, name);
    if (!roles.has(key)) roles.set(key, newRoleWork(key, account, name, arn));
    return roles.get(key);
  };
  if (!who.ok || !who.value.Account) {
    const gap = who.ok ? { operation: "sts:GetCallerIdentity", region: firstRegion, reason: "sts:GetCallerIdentity returned no account" } : who.gap;
    snapshot.gaps.push(gap);
    for (const r of request.roles) failRole(addRole(parseArn(r.arn ?? "")?.account ?? "", r.name, r.arn), gap);
    snapshot.roles = [...roles.values()].map((w) => w.facts);
    snapshot.managedPolicies = request.managedPolicies.map((p) => ({ arn: p, name: p.split("/").pop() ?? p, attachedRoles: [], status: "unknown", gaps: [gap] }));
    return;
  }
  const homeAccount = who.value.Account;
  const partition = parseArn(who.value.Arn ?? "")?.partition || "aws";
  const home = new AccountSession(run, homeAccount, partition, true);
  sessions.push(home);
  let regions;
  const regionGaps = [];
  if (options.regions === "all") {
    const listed = await stage(
      "regions",
      () => home.attempt(
        { operation: "ec2:DescribeRegions", region: firstRegion, kinds: REGIONAL_KINDS },
        async (abortSignal) => (await home.client("ec2", firstRegion, import_client_ec2.EC2Client).send(new import_client_ec2.DescribeRegionsCommand({}), { abortSignal })).Regions ?? []
      )
    );
    if (listed.ok) regions = listed.value.map((r) => r.RegionName ?? "").filter(Boolean).sort();
    else {
      regions = [firstRegion];
      const gap = { ...listed.gap, reason: `${listed.gap.reason}: only ${firstRegion} was scanned` };
      regionGaps.push(gap);
      snapshot.gaps.push(gap);
    }
  } else regions = options.regions && options.regions.length > 0 ? [...new Set(options.regions)] : [firstRegion];
  snapshot.regions = regions;
  for (const r of request.roles) {
    const account = r.arn && parseArn(r.arn)?.account || homeAccount;
    addRole(account, r.name, r.arn);
  }
  const byAccount = /* @__PURE__ */ new Map([[homeAccount, home]]);
  const accountsNeeded = /* @__PURE__ */ new Set([...[...roles.values()].map((r) => r.account), ...request.managedPolicies.map((p) => policyAccount(p, homeAccount))]);
  await Promise.all(
    [...accountsNeeded].filter((a) => !byAccount.has(a)).map(async (account) => {
      byAccount.set(account, await openForeignAccount(run, home, account, firstRegion, sessions));
    })
  );
  snapshot.accounts = [...byAccount.keys()].sort();
  const policyFacts = /* @__PURE__ */ new Map();
  await stage(
    "identity",
    () => Promise.all(
      [...byAccount].map(async ([account, session]) => {
        const policies = request.managedPolicies.filter((p) => policyAccount(p, homeAccount) === account);
        if (!(session instanceof AccountSession)) {
          for (const p of policies) policyFacts.set(p, { arn: p, name: p.split("/").pop() ?? p, attachedRoles: [], status: "unknown", gaps: [session] });
          for (const w of roles.values()) if (w.account === account) failRole(w, session);
          return;
        }
        const accountRoles = () => [...roles.values()].filter((w) => w.account === account);
        let bulk;
        const fetchBulk = async () => {
          const b = await fetchBulkDetails(session);
          bulk = b.ok ? b.value : b.gap;
          if (!b.ok) snapshot.gaps.push({ ...b.gap, reason: `${b.gap.reason}: fell back to per-role calls` });
        };
        if (accountRoles().length > BULK_ROLE_THRESHOLD) await fetchBulk();
        await Promise.all(
          policies.map(async (p) => {
            const facts = bulk && "roles" in bulk ? policyFromBulk(bulk, p, partition, account) : await lookupPolicyDirect(session, p);
            policyFacts.set(p, facts);
            for (const name of facts.attachedRoles) addRole(account, name);
          })
        );
        if (!bulk && accountRoles().length > BULK_ROLE_THRESHOLD) await fetchBulk();
        if (bulk && "roles" in bulk) applyBulkDetails(bulk, accountRoles());
        else await lookupRolesDirect(session, accountRoles(), snapshot.gaps);
      })
    )
  );
  snapshot.managedPolicies = request.managedPolicies.map((p) => policyFacts.get(p));
  const needs = new Map([...roles.values()].map((w) => [w.key, kindsNeeded(w)]));
  for (const w of roles.values()) for (const g of regionGaps) if (w.facts.existence !== "absent") addGap(w.facts.dependentGaps, g);
  const removed = new Map(Object.entries(request.removedServices).map(([k, v]) => [k.toLowerCase(), v]));
  const gates = /* @__PURE__ */ new Map();
  const gateOf = (account) => (region) => {
    const key = `${account}/${region}`;
    if (!gates.has(key)) gates.set(key, createRateGate(500, run.clock, run.sleep));
    return gates.get(key);
  };
  await stage(
    "lookups",
    () => Promise.all([
      ...[...byAccount].map(async ([account, session]) => {
        if (!(session instanceof AccountSession)) return;
        const accountRoles = [...roles.values()].filter((w) => w.account === account);
        await scanAccount(session, accountRoles, regions, needs);
      }),
      ...[...roles.values()].map(async (w) => {
        const session = byAccount.get(w.account);
        if (!(session instanceof AccountSession)) return;
        await Promise.all([
          accessAdvisor(session, w, removed.get(w.name.toLowerCase()) ?? []),
          options.cloudtrail ? import("./cloudtrail-K3YFA7FM.js").then((m) => m.cloudTrailAssumers(session, w, regions, gateOf(w.account))) : void 0
        ]);
      })
    ])
  );
  snapshot.roles = [...roles.values()].map((w) => {
    w.facts.dependents.sort((a, b) => a.kind.localeCompare(b.kind) || a.region.localeCompare(b.region) || a.id.localeCompare(b.id));
    return w.facts;
  });
}
function failRole(w, gap) {
  w.facts.existence = "unknown";
  addGap(w.facts.usage.gaps, gap);
  addGap(w.facts.dependentGaps, { ...gap, kinds: [...ALL_KINDS] });
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
  const sts = home.client("sts", region, import_client_sts.STSClient);
  const assumed = await home.attempt(
    { operation: "sts:AssumeRole", region, detail: roleArn },
    async (abortSignal) => (await sts.send(new import_client_sts.AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "iam-blast-radius", DurationSeconds: 3600 }), { abortSignal })).Credentials
  );
  if (!assumed.ok) return { ...assumed.gap, account };
  const c = assumed.value;
  if (!c?.AccessKeyId || !c.SecretAccessKey) return { operation: "sts:AssumeRole", account, reason: `sts:AssumeRole of ${roleArn} returned no credentials` };
  const credentials = async () => ({
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    ...c.SessionToken ? { sessionToken: c.SessionToken } : {},
    ...c.Expiration ? { expiration: c.Expiration } : {}
  });
  const session = new AccountSession(run, account, home.partition, false, credentials);
  sessions.push(session);
  return session;
}
async function scanAccount(session, roles, regions, needs) {
  const wanted = /* @__PURE__ */ new Set();
  for (const w of roles) for (const k of needs.get(w.key) ?? []) wanted.add(k);
  const clusters = [];
  let clustersKnown = true;
  const outputs = [];
  await Promise.all(
    SCANS.filter((def) => def.kinds.some((k) => wanted.has(k))).map(async (def) => {
      const scan = await def.load();
      await Promise.all(
        regions.map(async (region) => {
          const out = await scan({ session, region, kinds: wanted, roles: roles.filter((w) => w.facts.existence !== "absent") });
          outputs.push(out);
          if (def.service === "eks") {
            clusters.push(...out.clusters);
            clustersKnown &&= out.clustersKnown;
          }
        })
      );
    })
  );
  for (const w of roles) {
    const need = needs.get(w.key) ?? /* @__PURE__ */ new Set();
    if (need.size === 0) continue;
    for (const out of outputs) {
      for (const d of out.found.get(w.key) ?? []) w.facts.dependents.push(d);
      for (const gap of out.gaps) {
        const kinds = (gap.kinds ?? []).filter((k) => need.has(k));
        if (kinds.length > 0) addGap(w.facts.dependentGaps, { ...gap, kinds });
      }
    }
    w.facts.dependents.push(...chainedPrincipals(w));
    if (need.has("irsa-service-account")) w.facts.dependents.push(...irsaServiceAccounts(w, clusters, clustersKnown));
  }
}

// ../../work/main/src/inventory/live/deployed-template.ts
var import_client_cloudformation = __toESM(require_dist_cjs5(), 1);
var import_yaml = __toESM(require_dist(), 1);
function isMissingStack(e) {
  return errorName(e) === "ValidationError" && /does not exist/i.test(e instanceof Error ? e.message : "");
}
async function fetchDeployedTemplate(stack, options = {}) {
  const region = options.region ?? (Array.isArray(options.regions) && options.regions[0] ? options.regions[0] : defaultRegion());
  const { run, stop } = createRun({ timeoutMs: 6e4, cloudtrail: false, ...options });
  const session = new AccountSession(run, "", "aws", true);
  const cfn = session.client("cloudformation", region, import_client_cloudformation.CloudFormationClient);
  const abortSignal = run.signal;
  try {
    let body;
    try {
      body = (await cfn.send(new import_client_cloudformation.GetTemplateCommand({ StackName: stack, TemplateStage: "Original" }), { abortSignal })).TemplateBody;
    } catch (e) {
      if (isMissingStack(e)) return null;
      throw e;
    }
    const physicalIds = {};
    for await (const page of (0, import_client_cloudformation.paginateListStackResources)({ client: cfn }, { StackName: stack }, { abortSignal }))
      for (const r of page.StackResourceSummaries ?? []) if (r.LogicalResourceId && r.PhysicalResourceId) physicalIds[r.LogicalResourceId] = r.PhysicalResourceId;
    return { template: parseTemplate(body ?? "{}"), physicalIds };
  } catch (e) {
    const name = errorName(e);
    const message = e instanceof Error ? e.message.split("\n")[0] ?? name : String(e);
    throw new Error(`cloudformation: reading deployed stack ${stack} in ${region} failed: ${name}: ${message}`);
  } finally {
    stop();
    session.destroy();
  }
}
function parseTemplate(body) {
  try {
    return JSON.parse(body);
  } catch {
    return (0, import_yaml.parse)(body, { logLevel: "silent" });
  }
}

// ../../work/main/src/inventory/live/index.ts
function createLiveInventory(options) {
  return {
    kind: "live",
    collect: (request) => collectLive(options, request)
  };
}
export {
  BULK_ROLE_THRESHOLD,
  createLiveInventory,
  defaultRegion,
  fetchDeployedTemplate
};
