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

// node_modules/@aws-sdk/client-sfn/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-sfn/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin, getLongPollPlugin } = (init_client2(), __toCommonJS(client_exports2));
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
    var { AwsJson1_0Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
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
    var version = "3.1163.0";
    var packageInfo = {
      version
    };
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
    var SFNServiceException = class _SFNServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.sfn#SFNServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _SFNServiceException.prototype);
      }
    };
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
    var _AAE = "ActivityAlreadyExists";
    var _AD = "AliasDescription";
    var _ADNE = "ActivityDoesNotExist";
    var _AFED = "ActivityFailedEventDetails";
    var _AL = "ActivityList";
    var _ALE = "ActivityLimitExceeded";
    var _ALI = "ActivityListItem";
    var _ASED = "ActivityScheduledEventDetails";
    var _ASEDc = "ActivityStartedEventDetails";
    var _ASEDct = "ActivitySucceededEventDetails";
    var _ASFED = "ActivityScheduleFailedEventDetails";
    var _ATOED = "ActivityTimedOutEventDetails";
    var _AV = "AssignedVariables";
    var _AVD = "AssignedVariablesDetails";
    var _AWLE = "ActivityWorkerLimitExceeded";
    var _BD = "BillingDetails";
    var _CA = "CreateActivity";
    var _CAI = "CreateActivityInput";
    var _CAO = "CreateActivityOutput";
    var _CE = "ConflictException";
    var _CP = "ConnectorParameters";
    var _CSM = "CreateStateMachine";
    var _CSMA = "CreateStateMachineAlias";
    var _CSMAI = "CreateStateMachineAliasInput";
    var _CSMAO = "CreateStateMachineAliasOutput";
    var _CSMI = "CreateStateMachineInput";
    var _CSMO = "CreateStateMachineOutput";
    var _CWEEDD = "CloudWatchEventsExecutionDataDetails";
    var _CWLLG = "CloudWatchLogsLogGroup";
    var _D = "Definition";
    var _DA = "DeleteActivity";
    var _DAI = "DeleteActivityInput";
    var _DAIe = "DescribeActivityInput";
    var _DAO = "DeleteActivityOutput";
    var _DAOe = "DescribeActivityOutput";
    var _DAe = "DescribeActivity";
    var _DE = "DescribeExecution";
    var _DEI = "DescribeExecutionInput";
    var _DEO = "DescribeExecutionOutput";
    var _DMR = "DescribeMapRun";
    var _DMRI = "DescribeMapRunInput";
    var _DMRO = "DescribeMapRunOutput";
    var _DSM = "DeleteStateMachine";
    var _DSMA = "DeleteStateMachineAlias";
    var _DSMAI = "DeleteStateMachineAliasInput";
    var _DSMAIe = "DescribeStateMachineAliasInput";
    var _DSMAO = "DeleteStateMachineAliasOutput";
    var _DSMAOe = "DescribeStateMachineAliasOutput";
    var _DSMAe = "DescribeStateMachineAlias";
    var _DSMFE = "DescribeStateMachineForExecution";
    var _DSMFEI = "DescribeStateMachineForExecutionInput";
    var _DSMFEO = "DescribeStateMachineForExecutionOutput";
    var _DSMI = "DeleteStateMachineInput";
    var _DSMIe = "DescribeStateMachineInput";
    var _DSMO = "DeleteStateMachineOutput";
    var _DSMOe = "DescribeStateMachineOutput";
    var _DSMV = "DeleteStateMachineVersion";
    var _DSMVI = "DeleteStateMachineVersionInput";
    var _DSMVO = "DeleteStateMachineVersionOutput";
    var _DSMe = "DescribeStateMachine";
    var _EAE = "ExecutionAlreadyExists";
    var _EAED = "ExecutionAbortedEventDetails";
    var _EC = "EncryptionConfiguration";
    var _EDNE = "ExecutionDoesNotExist";
    var _EFED = "EvaluationFailedEventDetails";
    var _EFEDx = "ExecutionFailedEventDetails";
    var _EFL = "EvaluationFailureLocation";
    var _EHI = "ExceptionHandlerIndex";
    var _EL = "ExecutionList";
    var _ELE = "ExecutionLimitExceeded";
    var _ELI = "ExecutionListItem";
    var _ENR = "ExecutionNotRedrivable";
    var _ERED = "ExecutionRedrivenEventDetails";
    var _ESED = "ExecutionStartedEventDetails";
    var _ESEDx = "ExecutionSucceededEventDetails";
    var _ETOED = "ExecutionTimedOutEventDetails";
    var _GAT = "GetActivityTask";
    var _GATI = "GetActivityTaskInput";
    var _GATO = "GetActivityTaskOutput";
    var _GEH = "GetExecutionHistory";
    var _GEHI = "GetExecutionHistoryInput";
    var _GEHO = "GetExecutionHistoryOutput";
    var _HE = "HistoryEvent";
    var _HEEDD = "HistoryEventExecutionDataDetails";
    var _HEL = "HistoryEventList";
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
    var _LA = "ListActivities";
    var _LAI = "ListActivitiesInput";
    var _LAO = "ListActivitiesOutput";
    var _LC = "LoggingConfiguration";
    var _LD = "LogDestination";
    var _LDL = "LogDestinationList";
    var _LE = "ListExecutions";
    var _LEI = "ListExecutionsInput";
    var _LEO = "ListExecutionsOutput";
    var _LFFED = "LambdaFunctionFailedEventDetails";
    var _LFSED = "LambdaFunctionScheduledEventDetails";
    var _LFSEDa = "LambdaFunctionSucceededEventDetails";
    var _LFSFED = "LambdaFunctionScheduleFailedEventDetails";
    var _LFSFEDa = "LambdaFunctionStartFailedEventDetails";
    var _LFTOED = "LambdaFunctionTimedOutEventDetails";
    var _LMR = "ListMapRuns";
    var _LMRI = "ListMapRunsInput";
    var _LMRO = "ListMapRunsOutput";
    var _LSM = "ListStateMachines";
    var _LSMA = "ListStateMachineAliases";
    var _LSMAI = "ListStateMachineAliasesInput";
    var _LSMAO = "ListStateMachineAliasesOutput";
    var _LSMI = "ListStateMachinesInput";
    var _LSMO = "ListStateMachinesOutput";
    var _LSMV = "ListStateMachineVersions";
    var _LSMVI = "ListStateMachineVersionsInput";
    var _LSMVO = "ListStateMachineVersionsOutput";
    var _LTFR = "ListTagsForResource";
    var _LTFRI = "ListTagsForResourceInput";
    var _LTFRO = "ListTagsForResourceOutput";
    var _MEO = "MockErrorOutput";
    var _MI = "MockInput";
    var _MIED = "MapIterationEventDetails";
    var _MREC = "MapRunExecutionCounts";
    var _MRFED = "MapRunFailedEventDetails";
    var _MRIC = "MapRunItemCounts";
    var _MRL = "MapRunList";
    var _MRLI = "MapRunListItem";
    var _MRP = "MissingRequiredParameter";
    var _MRRED = "MapRunRedrivenEventDetails";
    var _MRSED = "MapRunStartedEventDetails";
    var _MSSED = "MapStateStartedEventDetails";
    var _PSMV = "PublishStateMachineVersion";
    var _PSMVI = "PublishStateMachineVersionInput";
    var _PSMVO = "PublishStateMachineVersionOutput";
    var _RBIS = "RetryBackoffIntervalSeconds";
    var _RCL = "RoutingConfigurationList";
    var _RCLI = "RoutingConfigurationListItem";
    var _RE = "RedriveExecution";
    var _REI = "RedriveExecutionInput";
    var _REO = "RedriveExecutionOutput";
    var _RNF = "ResourceNotFound";
    var _SC = "SensitiveCause";
    var _SD = "SensitiveData";
    var _SDJI = "SensitiveDataJobInput";
    var _SE = "SensitiveError";
    var _SEED = "StateEnteredEventDetails";
    var _SEEDt = "StateExitedEventDetails";
    var _SEI = "StartExecutionInput";
    var _SEIt = "StopExecutionInput";
    var _SEO = "StartExecutionOutput";
    var _SEOt = "StopExecutionOutput";
    var _SEt = "StartExecution";
    var _SEto = "StopExecution";
    var _SMAE = "StateMachineAlreadyExists";
    var _SMAL = "StateMachineAliasList";
    var _SMALI = "StateMachineAliasListItem";
    var _SMD = "StateMachineDeleting";
    var _SMDNE = "StateMachineDoesNotExist";
    var _SML = "StateMachineList";
    var _SMLE = "StateMachineLimitExceeded";
    var _SMLI = "StateMachineListItem";
    var _SMTNS = "StateMachineTypeNotSupported";
    var _SMVL = "StateMachineVersionList";
    var _SMVLI = "StateMachineVersionListItem";
    var _SQEE = "ServiceQuotaExceededException";
    var _SSE = "StartSyncExecution";
    var _SSEI = "StartSyncExecutionInput";
    var _SSEO = "StartSyncExecutionOutput";
    var _STF = "SendTaskFailure";
    var _STFI = "SendTaskFailureInput";
    var _STFO = "SendTaskFailureOutput";
    var _STH = "SendTaskHeartbeat";
    var _STHI = "SendTaskHeartbeatInput";
    var _STHO = "SendTaskHeartbeatOutput";
    var _STS = "SendTaskSuccess";
    var _STSI = "SendTaskSuccessInput";
    var _STSO = "SendTaskSuccessOutput";
    var _T = "Tag";
    var _TC = "TaskCredentials";
    var _TCr = "TracingConfiguration";
    var _TDNE = "TaskDoesNotExist";
    var _TFED = "TaskFailedEventDetails";
    var _TL = "TagList";
    var _TMT = "TooManyTags";
    var _TR = "TagResource";
    var _TRI = "TagResourceInput";
    var _TRO = "TagResourceOutput";
    var _TS = "TestState";
    var _TSC = "TestStateConfiguration";
    var _TSED = "TaskScheduledEventDetails";
    var _TSEDa = "TaskStartedEventDetails";
    var _TSEDas = "TaskSubmittedEventDetails";
    var _TSEDask = "TaskSucceededEventDetails";
    var _TSFED = "TaskStartFailedEventDetails";
    var _TSFEDa = "TaskSubmitFailedEventDetails";
    var _TSI = "TestStateInput";
    var _TSO = "TestStateOutput";
    var _TSSN = "TestStateStateName";
    var _TT = "TaskToken";
    var _TTO = "TaskTimedOut";
    var _TTOED = "TaskTimedOutEventDetails";
    var _UMR = "UpdateMapRun";
    var _UMRI = "UpdateMapRunInput";
    var _UMRO = "UpdateMapRunOutput";
    var _UR = "UntagResource";
    var _URI = "UntagResourceInput";
    var _URO = "UntagResourceOutput";
    var _USM = "UpdateStateMachine";
    var _USMA = "UpdateStateMachineAlias";
    var _USMAI = "UpdateStateMachineAliasInput";
    var _USMAO = "UpdateStateMachineAliasOutput";
    var _USMI = "UpdateStateMachineInput";
    var _USMO = "UpdateStateMachineOutput";
    var _VD = "VersionDescription";
    var _VE = "ValidationException";
    var _VN = "VariableName";
    var _VNL = "VariableNameList";
    var _VR = "VariableReferences";
    var _VSMD = "ValidateStateMachineDefinition";
    var _VSMDC = "ValidateStateMachineDefinitionCode";
    var _VSMDD = "ValidateStateMachineDefinitionDiagnostic";
    var _VSMDDL = "ValidateStateMachineDefinitionDiagnosticList";
    var _VSMDI = "ValidateStateMachineDefinitionInput";
    var _VSMDL = "ValidateStateMachineDefinitionLocation";
    var _VSMDM = "ValidateStateMachineDefinitionMessage";
    var _VSMDO = "ValidateStateMachineDefinitionOutput";
    var _VV = "VariableValue";
    var _a = "activities";
    var _aA = "activityArn";
    var _aAf = "afterArguments";
    var _aFED = "activityFailedEventDetails";
    var _aIB = "afterItemBatcher";
    var _aIP = "afterInputPath";
    var _aIPf = "afterItemsPath";
    var _aIPft = "afterItemsPointer";
    var _aIS = "afterItemSelector";
    var _aP = "afterParameters";
    var _aRP = "afterResultPath";
    var _aRS = "afterResultSelector";
    var _aSED = "activityScheduledEventDetails";
    var _aSEDc = "activityStartedEventDetails";
    var _aSEDct = "activitySucceededEventDetails";
    var _aSFED = "activityScheduleFailedEventDetails";
    var _aTOED = "activityTimedOutEventDetails";
    var _aV = "assignedVariables";
    var _aVD = "assignedVariablesDetails";
    var _ab = "aborted";
    var _b = "body";
    var _bD = "billingDetails";
    var _bDIM = "billedDurationInMilliseconds";
    var _bMUIMB = "billedMemoryUsedInMB";
    var _c = "client";
    var _cD = "creationDate";
    var _cI = "catchIndex";
    var _cT = "clientToken";
    var _cWLLG = "cloudWatchLogsLogGroup";
    var _ca = "cause";
    var _co = "context";
    var _cod = "code";
    var _d = "description";
    var _de = "definition";
    var _des = "destinations";
    var _di = "diagnostics";
    var _e = "error";
    var _eA = "executionArn";
    var _eAED = "executionAbortedEventDetails";
    var _eC = "encryptionConfiguration";
    var _eCBS = "errorCausedByState";
    var _eCx = "executionCounts";
    var _eD = "errorDetails";
    var _eFED = "executionFailedEventDetails";
    var _eFEDv = "evaluationFailedEventDetails";
    var _eO = "errorOutput";
    var _eRED = "executionRedrivenEventDetails";
    var _eSED = "executionStartedEventDetails";
    var _eSEDx = "executionSucceededEventDetails";
    var _eTOED = "executionTimedOutEventDetails";
    var _en = "enabled";
    var _end = "endpoint";
    var _ev = "events";
    var _ex = "executions";
    var _f = "failed";
    var _fNR = "failuresNotRedrivable";
    var _fVM = "fieldValidationMode";
    var _h = "headers";
    var _hE = "httpError";
    var _hIS = "heartbeatInSeconds";
    var _i = "input";
    var _iC = "itemCounts";
    var _iCt = "itemCount";
    var _iD = "inputDetails";
    var _iDn = "includedData";
    var _iDns = "inspectionData";
    var _iED = "includeExecutionData";
    var _iL = "inspectionLevel";
    var _id = "id";
    var _in = "included";
    var _ind = "index";
    var _k = "key";
    var _kDKRPS = "kmsDataKeyReusePeriodSeconds";
    var _kKI = "kmsKeyId";
    var _kKS = "kmsKeyState";
    var _l = "label";
    var _lC = "loggingConfiguration";
    var _lFFED = "lambdaFunctionFailedEventDetails";
    var _lFSED = "lambdaFunctionScheduledEventDetails";
    var _lFSEDa = "lambdaFunctionSucceededEventDetails";
    var _lFSFED = "lambdaFunctionScheduleFailedEventDetails";
    var _lFSFEDa = "lambdaFunctionStartFailedEventDetails";
    var _lFTOED = "lambdaFunctionTimedOutEventDetails";
    var _lGA = "logGroupArn";
    var _le = "level";
    var _len = "length";
    var _lo = "location";
    var _m = "message";
    var _mC = "maxConcurrency";
    var _mIAED = "mapIterationAbortedEventDetails";
    var _mIFC = "mapIterationFailureCount";
    var _mIFED = "mapIterationFailedEventDetails";
    var _mIRD = "mapItemReaderData";
    var _mISED = "mapIterationStartedEventDetails";
    var _mISEDa = "mapIterationSucceededEventDetails";
    var _mR = "maxResults";
    var _mRA = "mapRunArn";
    var _mRFED = "mapRunFailedEventDetails";
    var _mRRED = "mapRunRedrivenEventDetails";
    var _mRSED = "mapRunStartedEventDetails";
    var _mRa = "mapRuns";
    var _mSSED = "mapStateStartedEventDetails";
    var _me = "method";
    var _mo = "mock";
    var _n = "name";
    var _nS = "nextState";
    var _nT = "nextToken";
    var _o = "output";
    var _oD = "outputDetails";
    var _p = "publish";
    var _pEI = "previousEventId";
    var _pR = "pendingRedrive";
    var _pa = "parameters";
    var _pe = "pending";
    var _pr = "protocol";
    var _r = "reason";
    var _rA = "roleArn";
    var _rAe = "resourceArn";
    var _rBIS = "retryBackoffIntervalSeconds";
    var _rC = "routingConfiguration";
    var _rCe = "redriveCount";
    var _rD = "redriveDate";
    var _rF = "redriveFilter";
    var _rI = "revisionId";
    var _rIe = "retryIndex";
    var _rN = "resourceName";
    var _rO = "reverseOrder";
    var _rRC = "retrierRetryCount";
    var _rS = "redriveStatus";
    var _rSR = "redriveStatusReason";
    var _rSe = "revealSecrets";
    var _rT = "resourceType";
    var _rW = "resultsWritten";
    var _re = "resource";
    var _reg = "region";
    var _req = "request";
    var _res = "result";
    var _resp = "response";
    var _ru = "running";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.sfn";
    var _sC = "statusCode";
    var _sCt = "stateConfiguration";
    var _sD = "startDate";
    var _sDt = "stopDate";
    var _sEED = "stateEnteredEventDetails";
    var _sEEDt = "stateExitedEventDetails";
    var _sF = "statusFilter";
    var _sM = "statusMessage";
    var _sMA = "stateMachineArn";
    var _sMAA = "stateMachineAliasArn";
    var _sMAt = "stateMachineAliases";
    var _sMV = "stateMachineVersions";
    var _sMVA = "stateMachineVersionArn";
    var _sMt = "stateMachines";
    var _sN = "stateName";
    var _se = "severity";
    var _st = "status";
    var _sta = "state";
    var _su = "succeeded";
    var _t = "truncated";
    var _tC = "tracingConfiguration";
    var _tCa = "taskCredentials";
    var _tFC = "toleratedFailureCount";
    var _tFED = "taskFailedEventDetails";
    var _tFP = "toleratedFailurePercentage";
    var _tH = "traceHeader";
    var _tIS = "timeoutInSeconds";
    var _tK = "tagKeys";
    var _tO = "timedOut";
    var _tSED = "taskScheduledEventDetails";
    var _tSEDa = "taskStartedEventDetails";
    var _tSEDas = "taskSubmittedEventDetails";
    var _tSEDask = "taskSucceededEventDetails";
    var _tSFED = "taskStartFailedEventDetails";
    var _tSFEDa = "taskSubmitFailedEventDetails";
    var _tT = "taskToken";
    var _tTOED = "taskTimedOutEventDetails";
    var _ta = "tags";
    var _ti = "timestamp";
    var _to = "total";
    var _ty = "type";
    var _u = "url";
    var _uD = "updateDate";
    var _v = "variables";
    var _vD = "versionDescription";
    var _vR = "variableReferences";
    var _va = "value";
    var _w = "weight";
    var _wN = "workerName";
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
    var AliasDescription = [0, n0, _AD, 8, 0];
    var ConnectorParameters = [0, n0, _CP, 8, 0];
    var Definition = [0, n0, _D, 8, 0];
    var EvaluationFailureLocation = [0, n0, _EFL, 8, 0];
    var ExceptionHandlerIndex = [0, n0, _EHI, 8, 1];
    var InspectionMaxConcurrency = [0, n0, _IMC, 8, 1];
    var InspectionToleratedFailureCount = [0, n0, _ITFC, 8, 1];
    var InspectionToleratedFailurePercentage = [0, n0, _ITFP, 8, 1];
    var RetryBackoffIntervalSeconds = [0, n0, _RBIS, 8, 1];
    var SensitiveCause = [0, n0, _SC, 8, 0];
    var SensitiveData = [0, n0, _SD, 8, 0];
    var SensitiveDataJobInput = [0, n0, _SDJI, 8, 0];
    var SensitiveError = [0, n0, _SE, 8, 0];
    var TaskToken = [0, n0, _TT, 8, 0];
    var TestStateStateName = [0, n0, _TSSN, 8, 0];
    var ValidateStateMachineDefinitionCode = [0, n0, _VSMDC, 8, 0];
    var ValidateStateMachineDefinitionLocation = [0, n0, _VSMDL, 8, 0];
    var ValidateStateMachineDefinitionMessage = [0, n0, _VSMDM, 8, 0];
    var VariableName = [0, n0, _VN, 8, 0];
    var VariableValue = [0, n0, _VV, 8, 0];
    var VersionDescription = [0, n0, _VD, 8, 0];
    var ActivityFailedEventDetails$ = [
      3,
      n0,
      _AFED,
      0,
      [_e, _ca],
      [[() => SensitiveError, 0], [() => SensitiveCause, 0]]
    ];
    var ActivityListItem$ = [
      3,
      n0,
      _ALI,
      0,
      [_aA, _n, _cD],
      [0, 0, 4],
      3
    ];
    var ActivityScheduledEventDetails$ = [
      3,
      n0,
      _ASED,
      0,
      [_re, _i, _iD, _tIS, _hIS],
      [0, [() => SensitiveData, 0], () => HistoryEventExecutionDataDetails$, 1, 1],
      1
    ];
    var ActivityScheduleFailedEventDetails$ = [
      3,
      n0,
      _ASFED,
      0,
      [_e, _ca],
      [[() => SensitiveError, 0], [() => SensitiveCause, 0]]
    ];
    var ActivityStartedEventDetails$ = [
      3,
      n0,
      _ASEDc,
      0,
      [_wN],
      [0]
    ];
    var ActivitySucceededEventDetails$ = [
      3,
      n0,
      _ASEDct,
      0,
      [_o, _oD],
      [[() => SensitiveData, 0], () => HistoryEventExecutionDataDetails$]
    ];
    var ActivityTimedOutEventDetails$ = [
      3,
      n0,
      _ATOED,
      0,
      [_e, _ca],
      [[() => SensitiveError, 0], [() => SensitiveCause, 0]]
    ];
    var AssignedVariablesDetails$ = [
      3,
      n0,
      _AVD,
      0,
      [_t],
      [2]
    ];
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
    var CreateActivityInput$ = [
      3,
      n0,
      _CAI,
      0,
      [_n, _ta, _eC],
      [0, () => TagList, () => EncryptionConfiguration$],
      1
    ];
    var CreateActivityOutput$ = [
      3,
      n0,
      _CAO,
      0,
      [_aA, _cD],
      [0, 4],
      2
    ];
    var CreateStateMachineAliasInput$ = [
      3,
      n0,
      _CSMAI,
      0,
      [_n, _rC, _d],
      [0, () => RoutingConfigurationList, [() => AliasDescription, 0]],
      2
    ];
    var CreateStateMachineAliasOutput$ = [
      3,
      n0,
      _CSMAO,
      0,
      [_sMAA, _cD],
      [0, 4],
      2
    ];
    var CreateStateMachineInput$ = [
      3,
      n0,
      _CSMI,
      0,
      [_n, _de, _rA, _ty, _lC, _ta, _tC, _p, _vD, _eC],
      [0, [() => Definition, 0], 0, 0, () => LoggingConfiguration$, () => TagList, () => TracingConfiguration$, 2, [() => VersionDescription, 0], () => EncryptionConfiguration$],
      3
    ];
    var CreateStateMachineOutput$ = [
      3,
      n0,
      _CSMO,
      0,
      [_sMA, _cD, _sMVA],
      [0, 4, 0],
      2
    ];
    var DeleteActivityInput$ = [
      3,
      n0,
      _DAI,
      0,
      [_aA],
      [0],
      1
    ];
    var DeleteActivityOutput$ = [
      3,
      n0,
      _DAO,
      0,
      [],
      []
    ];
    var DeleteStateMachineAliasInput$ = [
      3,
      n0,
      _DSMAI,
      0,
      [_sMAA],
      [0],
      1
    ];
    var DeleteStateMachineAliasOutput$ = [
      3,
      n0,
      _DSMAO,
      0,
      [],
      []
    ];
    var DeleteStateMachineInput$ = [
      3,
      n0,
      _DSMI,
      0,
      [_sMA],
      [0],
      1
    ];
    var DeleteStateMachineOutput$ = [
      3,
      n0,
      _DSMO,
      0,
      [],
      []
    ];
    var DeleteStateMachineVersionInput$ = [
      3,
      n0,
      _DSMVI,
      0,
      [_sMVA],
      [0],
      1
    ];
    var DeleteStateMachineVersionOutput$ = [
      3,
      n0,
      _DSMVO,
      0,
      [],
      []
    ];
    var DescribeActivityInput$ = [
      3,
      n0,
      _DAIe,
      0,
      [_aA],
      [0],
      1
    ];
    var DescribeActivityOutput$ = [
      3,
      n0,
      _DAOe,
      0,
      [_aA, _n, _cD, _eC],
      [0, 0, 4, () => EncryptionConfiguration$],
      3
    ];
    var DescribeExecutionInput$ = [
      3,
      n0,
      _DEI,
      0,
      [_eA, _iDn],
      [0, 0],
      1
    ];
    var DescribeExecutionOutput$ = [
      3,
      n0,
      _DEO,
      0,
      [_eA, _sMA, _st, _sD, _n, _sDt, _i, _iD, _o, _oD, _tH, _mRA, _e, _ca, _sMVA, _sMAA, _rCe, _rD, _rS, _rSR],
      [0, 0, 0, 4, 0, 4, [() => SensitiveData, 0], () => CloudWatchEventsExecutionDataDetails$, [() => SensitiveData, 0], () => CloudWatchEventsExecutionDataDetails$, 0, 0, [() => SensitiveError, 0], [() => SensitiveCause, 0], 0, 0, 1, 4, 0, [() => SensitiveData, 0]],
      4
    ];
    var DescribeMapRunInput$ = [
      3,
      n0,
      _DMRI,
      0,
      [_mRA],
      [0],
      1
    ];
    var DescribeMapRunOutput$ = [
      3,
      n0,
      _DMRO,
      0,
      [_mRA, _eA, _st, _sD, _mC, _tFP, _tFC, _iC, _eCx, _sDt, _rCe, _rD],
      [0, 0, 0, 4, 1, 1, 1, () => MapRunItemCounts$, () => MapRunExecutionCounts$, 4, 1, 4],
      9
    ];
    var DescribeStateMachineAliasInput$ = [
      3,
      n0,
      _DSMAIe,
      0,
      [_sMAA],
      [0],
      1
    ];
    var DescribeStateMachineAliasOutput$ = [
      3,
      n0,
      _DSMAOe,
      0,
      [_sMAA, _n, _d, _rC, _cD, _uD],
      [0, 0, [() => AliasDescription, 0], () => RoutingConfigurationList, 4, 4]
    ];
    var DescribeStateMachineForExecutionInput$ = [
      3,
      n0,
      _DSMFEI,
      0,
      [_eA, _iDn],
      [0, 0],
      1
    ];
    var DescribeStateMachineForExecutionOutput$ = [
      3,
      n0,
      _DSMFEO,
      0,
      [_sMA, _n, _de, _rA, _uD, _lC, _tC, _mRA, _l, _rI, _eC, _vR],
      [0, 0, [() => Definition, 0], 0, 4, () => LoggingConfiguration$, () => TracingConfiguration$, 0, 0, 0, () => EncryptionConfiguration$, [() => VariableReferences, 0]],
      5
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
    var EvaluationFailedEventDetails$ = [
      3,
      n0,
      _EFED,
      0,
      [_sta, _e, _ca, _lo],
      [0, [() => SensitiveError, 0], [() => SensitiveCause, 0], [() => EvaluationFailureLocation, 0]],
      1
    ];
    var ExecutionAbortedEventDetails$ = [
      3,
      n0,
      _EAED,
      0,
      [_e, _ca],
      [[() => SensitiveError, 0], [() => SensitiveCause, 0]]
    ];
    var ExecutionFailedEventDetails$ = [
      3,
      n0,
      _EFEDx,
      0,
      [_e, _ca],
      [[() => SensitiveError, 0], [() => SensitiveCause, 0]]
    ];
    var ExecutionListItem$ = [
      3,
      n0,
      _ELI,
      0,
      [_eA, _sMA, _n, _st, _sD, _sDt, _mRA, _iCt, _sMVA, _sMAA, _rCe, _rD],
      [0, 0, 0, 0, 4, 4, 0, 1, 0, 0, 1, 4],
      5
    ];
    var ExecutionRedrivenEventDetails$ = [
      3,
      n0,
      _ERED,
      0,
      [_rCe],
      [1]
    ];
    var ExecutionStartedEventDetails$ = [
      3,
      n0,
      _ESED,
      0,
      [_i, _iD, _rA, _sMAA, _sMVA],
      [[() => SensitiveData, 0], () => HistoryEventExecutionDataDetails$, 0, 0, 0]
    ];
    var ExecutionSucceededEventDetails$ = [
      3,
      n0,
      _ESEDx,
      0,
      [_o, _oD],
      [[() => SensitiveData, 0], () => HistoryEventExecutionDataDetails$]
    ];
    var ExecutionTimedOutEventDetails$ = [
      3,
      n0,
      _ETOED,
      0,
      [_e, _ca],
      [[() => SensitiveError, 0], [() => SensitiveCause, 0]]
    ];
    var GetActivityTaskInput$ = [
      3,
      n0,
      _GATI,
      0,
      [_aA, _wN],
      [0, 0],
      1
    ];
    var GetActivityTaskOutput$ = [
      3,
      n0,
      _GATO,
      0,
      [_tT, _i],
      [[() => TaskToken, 0], [() => SensitiveDataJobInput, 0]]
    ];
    var GetExecutionHistoryInput$ = [
      3,
      n0,
      _GEHI,
      0,
      [_eA, _mR, _rO, _nT, _iED],
      [0, 1, 2, 0, 2],
      1
    ];
    var GetExecutionHistoryOutput$ = [
      3,
      n0,
      _GEHO,
      0,
      [_ev, _nT],
      [[() => HistoryEventList, 0], 0],
      1
    ];
    var HistoryEvent$ = [
      3,
      n0,
      _HE,
      0,
      [_ti, _ty, _id, _pEI, _aFED, _aSFED, _aSED, _aSEDc, _aSEDct, _aTOED, _tFED, _tSED, _tSFED, _tSEDa, _tSFEDa, _tSEDas, _tSEDask, _tTOED, _eFED, _eSED, _eSEDx, _eAED, _eTOED, _eRED, _mSSED, _mISED, _mISEDa, _mIFED, _mIAED, _lFFED, _lFSFED, _lFSED, _lFSFEDa, _lFSEDa, _lFTOED, _sEED, _sEEDt, _mRSED, _mRFED, _mRRED, _eFEDv],
      [4, 0, 1, 1, [() => ActivityFailedEventDetails$, 0], [() => ActivityScheduleFailedEventDetails$, 0], [() => ActivityScheduledEventDetails$, 0], () => ActivityStartedEventDetails$, [() => ActivitySucceededEventDetails$, 0], [() => ActivityTimedOutEventDetails$, 0], [() => TaskFailedEventDetails$, 0], [() => TaskScheduledEventDetails$, 0], [() => TaskStartFailedEventDetails$, 0], () => TaskStartedEventDetails$, [() => TaskSubmitFailedEventDetails$, 0], [() => TaskSubmittedEventDetails$, 0], [() => TaskSucceededEventDetails$, 0], [() => TaskTimedOutEventDetails$, 0], [() => ExecutionFailedEventDetails$, 0], [() => ExecutionStartedEventDetails$, 0], [() => ExecutionSucceededEventDetails$, 0], [() => ExecutionAbortedEventDetails$, 0], [() => ExecutionTimedOutEventDetails$, 0], () => ExecutionRedrivenEventDetails$, () => MapStateStartedEventDetails$, () => MapIterationEventDetails$, () => MapIterationEventDetails$, () => MapIterationEventDetails$, () => MapIterationEventDetails$, [() => LambdaFunctionFailedEventDetails$, 0], [() => LambdaFunctionScheduleFailedEventDetails$, 0], [() => LambdaFunctionScheduledEventDetails$, 0], [() => LambdaFunctionStartFailedEventDetails$, 0], [() => LambdaFunctionSucceededEventDetails$, 0], [() => LambdaFunctionTimedOutEventDetails$, 0], [() => StateEnteredEventDetails$, 0], [() => StateExitedEventDetails$, 0], () => MapRunStartedEventDetails$, [() => MapRunFailedEventDetails$, 0], () => MapRunRedrivenEventDetails$, [() => EvaluationFailedEventDetails$, 0]],
      3
    ];
    var HistoryEventExecutionDataDetails$ = [
      3,
      n0,
      _HEEDD,
      0,
      [_t],
      [2]
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
    var LambdaFunctionFailedEventDetails$ = [
      3,
      n0,
      _LFFED,
      0,
      [_e, _ca],
      [[() => SensitiveError, 0], [() => SensitiveCause, 0]]
    ];
    var LambdaFunctionScheduledEventDetails$ = [
      3,
      n0,
      _LFSED,
      0,
      [_re, _i, _iD, _tIS, _tCa],
      [0, [() => SensitiveData, 0], () => HistoryEventExecutionDataDetails$, 1, () => TaskCredentials$],
      1
    ];
    var LambdaFunctionScheduleFailedEventDetails$ = [
      3,
      n0,
      _LFSFED,
      0,
      [_e, _ca],
      [[() => SensitiveError, 0], [() => SensitiveCause, 0]]
    ];
    var LambdaFunctionStartFailedEventDetails$ = [
      3,
      n0,
      _LFSFEDa,
      0,
      [_e, _ca],
      [[() => SensitiveError, 0], [() => SensitiveCause, 0]]
    ];
    var LambdaFunctionSucceededEventDetails$ = [
      3,
      n0,
      _LFSEDa,
      0,
      [_o, _oD],
      [[() => SensitiveData, 0], () => HistoryEventExecutionDataDetails$]
    ];
    var LambdaFunctionTimedOutEventDetails$ = [
      3,
      n0,
      _LFTOED,
      0,
      [_e, _ca],
      [[() => SensitiveError, 0], [() => SensitiveCause, 0]]
    ];
    var ListActivitiesInput$ = [
      3,
      n0,
      _LAI,
      0,
      [_mR, _nT],
      [1, 0]
    ];
    var ListActivitiesOutput$ = [
      3,
      n0,
      _LAO,
      0,
      [_a, _nT],
      [() => ActivityList, 0],
      1
    ];
    var ListExecutionsInput$ = [
      3,
      n0,
      _LEI,
      0,
      [_sMA, _sF, _mR, _nT, _mRA, _rF],
      [0, 0, 1, 0, 0, 0]
    ];
    var ListExecutionsOutput$ = [
      3,
      n0,
      _LEO,
      0,
      [_ex, _nT],
      [() => ExecutionList, 0],
      1
    ];
    var ListMapRunsInput$ = [
      3,
      n0,
      _LMRI,
      0,
      [_eA, _mR, _nT],
      [0, 1, 0],
      1
    ];
    var ListMapRunsOutput$ = [
      3,
      n0,
      _LMRO,
      0,
      [_mRa, _nT],
      [() => MapRunList, 0],
      1
    ];
    var ListStateMachineAliasesInput$ = [
      3,
      n0,
      _LSMAI,
      0,
      [_sMA, _nT, _mR],
      [0, 0, 1],
      1
    ];
    var ListStateMachineAliasesOutput$ = [
      3,
      n0,
      _LSMAO,
      0,
      [_sMAt, _nT],
      [() => StateMachineAliasList, 0],
      1
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
    var ListStateMachineVersionsInput$ = [
      3,
      n0,
      _LSMVI,
      0,
      [_sMA, _nT, _mR],
      [0, 0, 1],
      1
    ];
    var ListStateMachineVersionsOutput$ = [
      3,
      n0,
      _LSMVO,
      0,
      [_sMV, _nT],
      [() => StateMachineVersionList, 0],
      1
    ];
    var ListTagsForResourceInput$ = [
      3,
      n0,
      _LTFRI,
      0,
      [_rAe],
      [0],
      1
    ];
    var ListTagsForResourceOutput$ = [
      3,
      n0,
      _LTFRO,
      0,
      [_ta],
      [() => TagList]
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
    var MapIterationEventDetails$ = [
      3,
      n0,
      _MIED,
      0,
      [_n, _ind],
      [0, 1]
    ];
    var MapRunExecutionCounts$ = [
      3,
      n0,
      _MREC,
      0,
      [_pe, _ru, _su, _f, _tO, _ab, _to, _rW, _fNR, _pR],
      [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      8
    ];
    var MapRunFailedEventDetails$ = [
      3,
      n0,
      _MRFED,
      0,
      [_e, _ca],
      [[() => SensitiveError, 0], [() => SensitiveCause, 0]]
    ];
    var MapRunItemCounts$ = [
      3,
      n0,
      _MRIC,
      0,
      [_pe, _ru, _su, _f, _tO, _ab, _to, _rW, _fNR, _pR],
      [1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
      8
    ];
    var MapRunListItem$ = [
      3,
      n0,
      _MRLI,
      0,
      [_eA, _mRA, _sMA, _sD, _sDt],
      [0, 0, 0, 4, 4],
      4
    ];
    var MapRunRedrivenEventDetails$ = [
      3,
      n0,
      _MRRED,
      0,
      [_mRA, _rCe],
      [0, 1]
    ];
    var MapRunStartedEventDetails$ = [
      3,
      n0,
      _MRSED,
      0,
      [_mRA],
      [0]
    ];
    var MapStateStartedEventDetails$ = [
      3,
      n0,
      _MSSED,
      0,
      [_len],
      [1]
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
    var PublishStateMachineVersionInput$ = [
      3,
      n0,
      _PSMVI,
      0,
      [_sMA, _rI, _d],
      [0, 0, [() => VersionDescription, 0]],
      1
    ];
    var PublishStateMachineVersionOutput$ = [
      3,
      n0,
      _PSMVO,
      0,
      [_cD, _sMVA],
      [4, 0],
      2
    ];
    var RedriveExecutionInput$ = [
      3,
      n0,
      _REI,
      0,
      [_eA, _cT],
      [0, [0, 4]],
      1
    ];
    var RedriveExecutionOutput$ = [
      3,
      n0,
      _REO,
      0,
      [_rD],
      [4],
      1
    ];
    var RoutingConfigurationListItem$ = [
      3,
      n0,
      _RCLI,
      0,
      [_sMVA, _w],
      [0, 1],
      2
    ];
    var SendTaskFailureInput$ = [
      3,
      n0,
      _STFI,
      0,
      [_tT, _e, _ca],
      [[() => TaskToken, 0], [() => SensitiveError, 0], [() => SensitiveCause, 0]],
      1
    ];
    var SendTaskFailureOutput$ = [
      3,
      n0,
      _STFO,
      0,
      [],
      []
    ];
    var SendTaskHeartbeatInput$ = [
      3,
      n0,
      _STHI,
      0,
      [_tT],
      [[() => TaskToken, 0]],
      1
    ];
    var SendTaskHeartbeatOutput$ = [
      3,
      n0,
      _STHO,
      0,
      [],
      []
    ];
    var SendTaskSuccessInput$ = [
      3,
      n0,
      _STSI,
      0,
      [_tT, _o],
      [[() => TaskToken, 0], [() => SensitiveData, 0]],
      2
    ];
    var SendTaskSuccessOutput$ = [
      3,
      n0,
      _STSO,
      0,
      [],
      []
    ];
    var StartExecutionInput$ = [
      3,
      n0,
      _SEI,
      0,
      [_sMA, _n, _i, _tH],
      [0, 0, [() => SensitiveData, 0], 0],
      1
    ];
    var StartExecutionOutput$ = [
      3,
      n0,
      _SEO,
      0,
      [_eA, _sD],
      [0, 4],
      2
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
    var StateEnteredEventDetails$ = [
      3,
      n0,
      _SEED,
      0,
      [_n, _i, _iD],
      [0, [() => SensitiveData, 0], () => HistoryEventExecutionDataDetails$],
      1
    ];
    var StateExitedEventDetails$ = [
      3,
      n0,
      _SEEDt,
      0,
      [_n, _o, _oD, _aV, _aVD],
      [0, [() => SensitiveData, 0], () => HistoryEventExecutionDataDetails$, [() => AssignedVariables, 0], () => AssignedVariablesDetails$],
      1
    ];
    var StateMachineAliasListItem$ = [
      3,
      n0,
      _SMALI,
      0,
      [_sMAA, _cD],
      [0, 4],
      2
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
    var StateMachineVersionListItem$ = [
      3,
      n0,
      _SMVLI,
      0,
      [_sMVA, _cD],
      [0, 4],
      2
    ];
    var StopExecutionInput$ = [
      3,
      n0,
      _SEIt,
      0,
      [_eA, _e, _ca],
      [0, [() => SensitiveError, 0], [() => SensitiveCause, 0]],
      1
    ];
    var StopExecutionOutput$ = [
      3,
      n0,
      _SEOt,
      0,
      [_sDt],
      [4],
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
    var TagResourceInput$ = [
      3,
      n0,
      _TRI,
      0,
      [_rAe, _ta],
      [0, () => TagList],
      2
    ];
    var TagResourceOutput$ = [
      3,
      n0,
      _TRO,
      0,
      [],
      []
    ];
    var TaskCredentials$ = [
      3,
      n0,
      _TC,
      0,
      [_rA],
      [0]
    ];
    var TaskFailedEventDetails$ = [
      3,
      n0,
      _TFED,
      0,
      [_rT, _re, _e, _ca],
      [0, 0, [() => SensitiveError, 0], [() => SensitiveCause, 0]],
      2
    ];
    var TaskScheduledEventDetails$ = [
      3,
      n0,
      _TSED,
      0,
      [_rT, _re, _reg, _pa, _tIS, _hIS, _tCa],
      [0, 0, 0, [() => ConnectorParameters, 0], 1, 1, () => TaskCredentials$],
      4
    ];
    var TaskStartedEventDetails$ = [
      3,
      n0,
      _TSEDa,
      0,
      [_rT, _re],
      [0, 0],
      2
    ];
    var TaskStartFailedEventDetails$ = [
      3,
      n0,
      _TSFED,
      0,
      [_rT, _re, _e, _ca],
      [0, 0, [() => SensitiveError, 0], [() => SensitiveCause, 0]],
      2
    ];
    var TaskSubmitFailedEventDetails$ = [
      3,
      n0,
      _TSFEDa,
      0,
      [_rT, _re, _e, _ca],
      [0, 0, [() => SensitiveError, 0], [() => SensitiveCause, 0]],
      2
    ];
    var TaskSubmittedEventDetails$ = [
      3,
      n0,
      _TSEDas,
      0,
      [_rT, _re, _o, _oD],
      [0, 0, [() => SensitiveData, 0], () => HistoryEventExecutionDataDetails$],
      2
    ];
    var TaskSucceededEventDetails$ = [
      3,
      n0,
      _TSEDask,
      0,
      [_rT, _re, _o, _oD],
      [0, 0, [() => SensitiveData, 0], () => HistoryEventExecutionDataDetails$],
      2
    ];
    var TaskTimedOutEventDetails$ = [
      3,
      n0,
      _TTOED,
      0,
      [_rT, _re, _e, _ca],
      [0, 0, [() => SensitiveError, 0], [() => SensitiveCause, 0]],
      2
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
    var UntagResourceOutput$ = [
      3,
      n0,
      _URO,
      0,
      [],
      []
    ];
    var UpdateMapRunInput$ = [
      3,
      n0,
      _UMRI,
      0,
      [_mRA, _mC, _tFP, _tFC],
      [0, 1, 1, 1],
      1
    ];
    var UpdateMapRunOutput$ = [
      3,
      n0,
      _UMRO,
      0,
      [],
      []
    ];
    var UpdateStateMachineAliasInput$ = [
      3,
      n0,
      _USMAI,
      0,
      [_sMAA, _d, _rC],
      [0, [() => AliasDescription, 0], () => RoutingConfigurationList],
      1
    ];
    var UpdateStateMachineAliasOutput$ = [
      3,
      n0,
      _USMAO,
      0,
      [_uD],
      [4],
      1
    ];
    var UpdateStateMachineInput$ = [
      3,
      n0,
      _USMI,
      0,
      [_sMA, _de, _rA, _lC, _tC, _p, _vD, _eC],
      [0, [() => Definition, 0], 0, () => LoggingConfiguration$, () => TracingConfiguration$, 2, [() => VersionDescription, 0], () => EncryptionConfiguration$],
      1
    ];
    var UpdateStateMachineOutput$ = [
      3,
      n0,
      _USMO,
      0,
      [_uD, _rI, _sMVA],
      [4, 0, 0],
      1
    ];
    var ValidateStateMachineDefinitionDiagnostic$ = [
      3,
      n0,
      _VSMDD,
      0,
      [_se, _cod, _m, _lo],
      [0, [() => ValidateStateMachineDefinitionCode, 0], [() => ValidateStateMachineDefinitionMessage, 0], [() => ValidateStateMachineDefinitionLocation, 0]],
      3
    ];
    var ValidateStateMachineDefinitionInput$ = [
      3,
      n0,
      _VSMDI,
      0,
      [_de, _ty, _se, _mR],
      [[() => Definition, 0], 0, 0, 1],
      1
    ];
    var ValidateStateMachineDefinitionOutput$ = [
      3,
      n0,
      _VSMDO,
      0,
      [_res, _di, _t],
      [0, [() => ValidateStateMachineDefinitionDiagnosticList, 0], 2],
      2
    ];
    var ActivityList = [
      1,
      n0,
      _AL,
      0,
      () => ActivityListItem$
    ];
    var ExecutionList = [
      1,
      n0,
      _EL,
      0,
      () => ExecutionListItem$
    ];
    var HistoryEventList = [
      1,
      n0,
      _HEL,
      0,
      [
        () => HistoryEvent$,
        0
      ]
    ];
    var LogDestinationList = [
      1,
      n0,
      _LDL,
      0,
      () => LogDestination$
    ];
    var MapRunList = [
      1,
      n0,
      _MRL,
      0,
      () => MapRunListItem$
    ];
    var RoutingConfigurationList = [
      1,
      n0,
      _RCL,
      0,
      () => RoutingConfigurationListItem$
    ];
    var StateMachineAliasList = [
      1,
      n0,
      _SMAL,
      0,
      () => StateMachineAliasListItem$
    ];
    var StateMachineList = [
      1,
      n0,
      _SML,
      0,
      () => StateMachineListItem$
    ];
    var StateMachineVersionList = [
      1,
      n0,
      _SMVL,
      0,
      () => StateMachineVersionListItem$
    ];
    var TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    var ValidateStateMachineDefinitionDiagnosticList = [
      1,
      n0,
      _VSMDDL,
      0,
      [
        () => ValidateStateMachineDefinitionDiagnostic$,
        0
      ]
    ];
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
    var AssignedVariables = [
      2,
      n0,
      _AV,
      0,
      [
        () => VariableName,
        0
      ],
      [
        () => VariableValue,
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
    var CreateActivity$ = [
      9,
      n0,
      _CA,
      2,
      () => CreateActivityInput$,
      () => CreateActivityOutput$
    ];
    var CreateStateMachine$ = [
      9,
      n0,
      _CSM,
      2,
      () => CreateStateMachineInput$,
      () => CreateStateMachineOutput$
    ];
    var CreateStateMachineAlias$ = [
      9,
      n0,
      _CSMA,
      0,
      () => CreateStateMachineAliasInput$,
      () => CreateStateMachineAliasOutput$
    ];
    var DeleteActivity$ = [
      9,
      n0,
      _DA,
      0,
      () => DeleteActivityInput$,
      () => DeleteActivityOutput$
    ];
    var DeleteStateMachine$ = [
      9,
      n0,
      _DSM,
      0,
      () => DeleteStateMachineInput$,
      () => DeleteStateMachineOutput$
    ];
    var DeleteStateMachineAlias$ = [
      9,
      n0,
      _DSMA,
      0,
      () => DeleteStateMachineAliasInput$,
      () => DeleteStateMachineAliasOutput$
    ];
    var DeleteStateMachineVersion$ = [
      9,
      n0,
      _DSMV,
      0,
      () => DeleteStateMachineVersionInput$,
      () => DeleteStateMachineVersionOutput$
    ];
    var DescribeActivity$ = [
      9,
      n0,
      _DAe,
      0,
      () => DescribeActivityInput$,
      () => DescribeActivityOutput$
    ];
    var DescribeExecution$ = [
      9,
      n0,
      _DE,
      0,
      () => DescribeExecutionInput$,
      () => DescribeExecutionOutput$
    ];
    var DescribeMapRun$ = [
      9,
      n0,
      _DMR,
      0,
      () => DescribeMapRunInput$,
      () => DescribeMapRunOutput$
    ];
    var DescribeStateMachine$ = [
      9,
      n0,
      _DSMe,
      0,
      () => DescribeStateMachineInput$,
      () => DescribeStateMachineOutput$
    ];
    var DescribeStateMachineAlias$ = [
      9,
      n0,
      _DSMAe,
      0,
      () => DescribeStateMachineAliasInput$,
      () => DescribeStateMachineAliasOutput$
    ];
    var DescribeStateMachineForExecution$ = [
      9,
      n0,
      _DSMFE,
      0,
      () => DescribeStateMachineForExecutionInput$,
      () => DescribeStateMachineForExecutionOutput$
    ];
    var GetActivityTask$ = [
      9,
      n0,
      _GAT,
      0,
      () => GetActivityTaskInput$,
      () => GetActivityTaskOutput$
    ];
    var GetExecutionHistory$ = [
      9,
      n0,
      _GEH,
      0,
      () => GetExecutionHistoryInput$,
      () => GetExecutionHistoryOutput$
    ];
    var ListActivities$ = [
      9,
      n0,
      _LA,
      0,
      () => ListActivitiesInput$,
      () => ListActivitiesOutput$
    ];
    var ListExecutions$ = [
      9,
      n0,
      _LE,
      0,
      () => ListExecutionsInput$,
      () => ListExecutionsOutput$
    ];
    var ListMapRuns$ = [
      9,
      n0,
      _LMR,
      0,
      () => ListMapRunsInput$,
      () => ListMapRunsOutput$
    ];
    var ListStateMachineAliases$ = [
      9,
      n0,
      _LSMA,
      0,
      () => ListStateMachineAliasesInput$,
      () => ListStateMachineAliasesOutput$
    ];
    var ListStateMachines$ = [
      9,
      n0,
      _LSM,
      0,
      () => ListStateMachinesInput$,
      () => ListStateMachinesOutput$
    ];
    var ListStateMachineVersions$ = [
      9,
      n0,
      _LSMV,
      0,
      () => ListStateMachineVersionsInput$,
      () => ListStateMachineVersionsOutput$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceInput$,
      () => ListTagsForResourceOutput$
    ];
    var PublishStateMachineVersion$ = [
      9,
      n0,
      _PSMV,
      2,
      () => PublishStateMachineVersionInput$,
      () => PublishStateMachineVersionOutput$
    ];
    var RedriveExecution$ = [
      9,
      n0,
      _RE,
      2,
      () => RedriveExecutionInput$,
      () => RedriveExecutionOutput$
    ];
    var SendTaskFailure$ = [
      9,
      n0,
      _STF,
      0,
      () => SendTaskFailureInput$,
      () => SendTaskFailureOutput$
    ];
    var SendTaskHeartbeat$ = [
      9,
      n0,
      _STH,
      0,
      () => SendTaskHeartbeatInput$,
      () => SendTaskHeartbeatOutput$
    ];
    var SendTaskSuccess$ = [
      9,
      n0,
      _STS,
      0,
      () => SendTaskSuccessInput$,
      () => SendTaskSuccessOutput$
    ];
    var StartExecution$ = [
      9,
      n0,
      _SEt,
      2,
      () => StartExecutionInput$,
      () => StartExecutionOutput$
    ];
    var StartSyncExecution$ = [
      9,
      n0,
      _SSE,
      { [_end]: ["sync-"] },
      () => StartSyncExecutionInput$,
      () => StartSyncExecutionOutput$
    ];
    var StopExecution$ = [
      9,
      n0,
      _SEto,
      0,
      () => StopExecutionInput$,
      () => StopExecutionOutput$
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceInput$,
      () => TagResourceOutput$
    ];
    var TestState$ = [
      9,
      n0,
      _TS,
      { [_end]: ["sync-"] },
      () => TestStateInput$,
      () => TestStateOutput$
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceInput$,
      () => UntagResourceOutput$
    ];
    var UpdateMapRun$ = [
      9,
      n0,
      _UMR,
      0,
      () => UpdateMapRunInput$,
      () => UpdateMapRunOutput$
    ];
    var UpdateStateMachine$ = [
      9,
      n0,
      _USM,
      2,
      () => UpdateStateMachineInput$,
      () => UpdateStateMachineOutput$
    ];
    var UpdateStateMachineAlias$ = [
      9,
      n0,
      _USMA,
      0,
      () => UpdateStateMachineAliasInput$,
      () => UpdateStateMachineAliasOutput$
    ];
    var ValidateStateMachineDefinition$ = [
      9,
      n0,
      _VSMD,
      0,
      () => ValidateStateMachineDefinitionInput$,
      () => ValidateStateMachineDefinitionOutput$
    ];
    var getRuntimeConfig$1 = (config) => {
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
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
    var SFNClient2 = class extends Client {
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
    var command = makeBuilder(commonParams, "AWSStepFunctions", "SFNClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var _mw1 = (Command, cs, config, o) => [
      getLongPollPlugin(config)
    ];
    var CreateActivityCommand = class extends command(_ep0, _mw0, "CreateActivity", CreateActivity$) {
    };
    var CreateStateMachineAliasCommand = class extends command(_ep0, _mw0, "CreateStateMachineAlias", CreateStateMachineAlias$) {
    };
    var CreateStateMachineCommand = class extends command(_ep0, _mw0, "CreateStateMachine", CreateStateMachine$) {
    };
    var DeleteActivityCommand = class extends command(_ep0, _mw0, "DeleteActivity", DeleteActivity$) {
    };
    var DeleteStateMachineAliasCommand = class extends command(_ep0, _mw0, "DeleteStateMachineAlias", DeleteStateMachineAlias$) {
    };
    var DeleteStateMachineCommand = class extends command(_ep0, _mw0, "DeleteStateMachine", DeleteStateMachine$) {
    };
    var DeleteStateMachineVersionCommand = class extends command(_ep0, _mw0, "DeleteStateMachineVersion", DeleteStateMachineVersion$) {
    };
    var DescribeActivityCommand = class extends command(_ep0, _mw0, "DescribeActivity", DescribeActivity$) {
    };
    var DescribeExecutionCommand = class extends command(_ep0, _mw0, "DescribeExecution", DescribeExecution$) {
    };
    var DescribeMapRunCommand = class extends command(_ep0, _mw0, "DescribeMapRun", DescribeMapRun$) {
    };
    var DescribeStateMachineAliasCommand = class extends command(_ep0, _mw0, "DescribeStateMachineAlias", DescribeStateMachineAlias$) {
    };
    var DescribeStateMachineCommand2 = class extends command(_ep0, _mw0, "DescribeStateMachine", DescribeStateMachine$) {
    };
    var DescribeStateMachineForExecutionCommand = class extends command(_ep0, _mw0, "DescribeStateMachineForExecution", DescribeStateMachineForExecution$) {
    };
    var GetActivityTaskCommand = class extends command(_ep0, _mw1, "GetActivityTask", GetActivityTask$) {
    };
    var GetExecutionHistoryCommand = class extends command(_ep0, _mw0, "GetExecutionHistory", GetExecutionHistory$) {
    };
    var ListActivitiesCommand = class extends command(_ep0, _mw0, "ListActivities", ListActivities$) {
    };
    var ListExecutionsCommand = class extends command(_ep0, _mw0, "ListExecutions", ListExecutions$) {
    };
    var ListMapRunsCommand = class extends command(_ep0, _mw0, "ListMapRuns", ListMapRuns$) {
    };
    var ListStateMachineAliasesCommand = class extends command(_ep0, _mw0, "ListStateMachineAliases", ListStateMachineAliases$) {
    };
    var ListStateMachinesCommand = class extends command(_ep0, _mw0, "ListStateMachines", ListStateMachines$) {
    };
    var ListStateMachineVersionsCommand = class extends command(_ep0, _mw0, "ListStateMachineVersions", ListStateMachineVersions$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var PublishStateMachineVersionCommand = class extends command(_ep0, _mw0, "PublishStateMachineVersion", PublishStateMachineVersion$) {
    };
    var RedriveExecutionCommand = class extends command(_ep0, _mw0, "RedriveExecution", RedriveExecution$) {
    };
    var SendTaskFailureCommand = class extends command(_ep0, _mw0, "SendTaskFailure", SendTaskFailure$) {
    };
    var SendTaskHeartbeatCommand = class extends command(_ep0, _mw0, "SendTaskHeartbeat", SendTaskHeartbeat$) {
    };
    var SendTaskSuccessCommand = class extends command(_ep0, _mw0, "SendTaskSuccess", SendTaskSuccess$) {
    };
    var StartExecutionCommand = class extends command(_ep0, _mw0, "StartExecution", StartExecution$) {
    };
    var StartSyncExecutionCommand = class extends command(_ep0, _mw0, "StartSyncExecution", StartSyncExecution$) {
    };
    var StopExecutionCommand = class extends command(_ep0, _mw0, "StopExecution", StopExecution$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var TestStateCommand = class extends command(_ep0, _mw0, "TestState", TestState$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateMapRunCommand = class extends command(_ep0, _mw0, "UpdateMapRun", UpdateMapRun$) {
    };
    var UpdateStateMachineAliasCommand = class extends command(_ep0, _mw0, "UpdateStateMachineAlias", UpdateStateMachineAlias$) {
    };
    var UpdateStateMachineCommand = class extends command(_ep0, _mw0, "UpdateStateMachine", UpdateStateMachine$) {
    };
    var ValidateStateMachineDefinitionCommand = class extends command(_ep0, _mw0, "ValidateStateMachineDefinition", ValidateStateMachineDefinition$) {
    };
    var paginateGetExecutionHistory = createPaginator(SFNClient2, GetExecutionHistoryCommand, "nextToken", "nextToken", "maxResults");
    var paginateListActivities = createPaginator(SFNClient2, ListActivitiesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListExecutions = createPaginator(SFNClient2, ListExecutionsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListMapRuns = createPaginator(SFNClient2, ListMapRunsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListStateMachines2 = createPaginator(SFNClient2, ListStateMachinesCommand, "nextToken", "nextToken", "maxResults");
    var commands = {
      CreateActivityCommand,
      CreateStateMachineCommand,
      CreateStateMachineAliasCommand,
      DeleteActivityCommand,
      DeleteStateMachineCommand,
      DeleteStateMachineAliasCommand,
      DeleteStateMachineVersionCommand,
      DescribeActivityCommand,
      DescribeExecutionCommand,
      DescribeMapRunCommand,
      DescribeStateMachineCommand: DescribeStateMachineCommand2,
      DescribeStateMachineAliasCommand,
      DescribeStateMachineForExecutionCommand,
      GetActivityTaskCommand,
      GetExecutionHistoryCommand,
      ListActivitiesCommand,
      ListExecutionsCommand,
      ListMapRunsCommand,
      ListStateMachineAliasesCommand,
      ListStateMachinesCommand,
      ListStateMachineVersionsCommand,
      ListTagsForResourceCommand,
      PublishStateMachineVersionCommand,
      RedriveExecutionCommand,
      SendTaskFailureCommand,
      SendTaskHeartbeatCommand,
      SendTaskSuccessCommand,
      StartExecutionCommand,
      StartSyncExecutionCommand,
      StopExecutionCommand,
      TagResourceCommand,
      TestStateCommand,
      UntagResourceCommand,
      UpdateMapRunCommand,
      UpdateStateMachineCommand,
      UpdateStateMachineAliasCommand,
      ValidateStateMachineDefinitionCommand
    };
    var paginators = {
      paginateGetExecutionHistory,
      paginateListActivities,
      paginateListExecutions,
      paginateListMapRuns,
      paginateListStateMachines: paginateListStateMachines2
    };
    var SFN = class extends SFNClient2 {
    };
    createAggregatedClient(commands, SFN, { paginators });
    var EncryptionType = {
      AWS_OWNED_KEY: "AWS_OWNED_KEY",
      CUSTOMER_MANAGED_KMS_KEY: "CUSTOMER_MANAGED_KMS_KEY"
    };
    var LogLevel = {
      ALL: "ALL",
      ERROR: "ERROR",
      FATAL: "FATAL",
      OFF: "OFF"
    };
    var StateMachineType = {
      EXPRESS: "EXPRESS",
      STANDARD: "STANDARD"
    };
    var ValidationExceptionReason = {
      API_DOES_NOT_SUPPORT_LABELED_ARNS: "API_DOES_NOT_SUPPORT_LABELED_ARNS",
      CANNOT_UPDATE_COMPLETED_MAP_RUN: "CANNOT_UPDATE_COMPLETED_MAP_RUN",
      INVALID_ROUTING_CONFIGURATION: "INVALID_ROUTING_CONFIGURATION",
      MISSING_REQUIRED_PARAMETER: "MISSING_REQUIRED_PARAMETER"
    };
    var IncludedData = {
      ALL_DATA: "ALL_DATA",
      METADATA_ONLY: "METADATA_ONLY"
    };
    var ExecutionRedriveStatus = {
      NOT_REDRIVABLE: "NOT_REDRIVABLE",
      REDRIVABLE: "REDRIVABLE",
      REDRIVABLE_BY_MAP_RUN: "REDRIVABLE_BY_MAP_RUN"
    };
    var ExecutionStatus = {
      ABORTED: "ABORTED",
      FAILED: "FAILED",
      PENDING_REDRIVE: "PENDING_REDRIVE",
      RUNNING: "RUNNING",
      SUCCEEDED: "SUCCEEDED",
      TIMED_OUT: "TIMED_OUT"
    };
    var KmsKeyState = {
      CREATING: "CREATING",
      DISABLED: "DISABLED",
      PENDING_DELETION: "PENDING_DELETION",
      PENDING_IMPORT: "PENDING_IMPORT",
      UNAVAILABLE: "UNAVAILABLE"
    };
    var MapRunStatus = {
      ABORTED: "ABORTED",
      FAILED: "FAILED",
      RUNNING: "RUNNING",
      SUCCEEDED: "SUCCEEDED"
    };
    var StateMachineStatus = {
      ACTIVE: "ACTIVE",
      DELETING: "DELETING"
    };
    var HistoryEventType = {
      ActivityFailed: "ActivityFailed",
      ActivityScheduleFailed: "ActivityScheduleFailed",
      ActivityScheduled: "ActivityScheduled",
      ActivityStarted: "ActivityStarted",
      ActivitySucceeded: "ActivitySucceeded",
      ActivityTimedOut: "ActivityTimedOut",
      ChoiceStateEntered: "ChoiceStateEntered",
      ChoiceStateExited: "ChoiceStateExited",
      EvaluationFailed: "EvaluationFailed",
      ExecutionAborted: "ExecutionAborted",
      ExecutionFailed: "ExecutionFailed",
      ExecutionRedriven: "ExecutionRedriven",
      ExecutionStarted: "ExecutionStarted",
      ExecutionSucceeded: "ExecutionSucceeded",
      ExecutionTimedOut: "ExecutionTimedOut",
      FailStateEntered: "FailStateEntered",
      LambdaFunctionFailed: "LambdaFunctionFailed",
      LambdaFunctionScheduleFailed: "LambdaFunctionScheduleFailed",
      LambdaFunctionScheduled: "LambdaFunctionScheduled",
      LambdaFunctionStartFailed: "LambdaFunctionStartFailed",
      LambdaFunctionStarted: "LambdaFunctionStarted",
      LambdaFunctionSucceeded: "LambdaFunctionSucceeded",
      LambdaFunctionTimedOut: "LambdaFunctionTimedOut",
      MapIterationAborted: "MapIterationAborted",
      MapIterationFailed: "MapIterationFailed",
      MapIterationStarted: "MapIterationStarted",
      MapIterationSucceeded: "MapIterationSucceeded",
      MapRunAborted: "MapRunAborted",
      MapRunFailed: "MapRunFailed",
      MapRunRedriven: "MapRunRedriven",
      MapRunStarted: "MapRunStarted",
      MapRunSucceeded: "MapRunSucceeded",
      MapStateAborted: "MapStateAborted",
      MapStateEntered: "MapStateEntered",
      MapStateExited: "MapStateExited",
      MapStateFailed: "MapStateFailed",
      MapStateStarted: "MapStateStarted",
      MapStateSucceeded: "MapStateSucceeded",
      ParallelStateAborted: "ParallelStateAborted",
      ParallelStateEntered: "ParallelStateEntered",
      ParallelStateExited: "ParallelStateExited",
      ParallelStateFailed: "ParallelStateFailed",
      ParallelStateStarted: "ParallelStateStarted",
      ParallelStateSucceeded: "ParallelStateSucceeded",
      PassStateEntered: "PassStateEntered",
      PassStateExited: "PassStateExited",
      SucceedStateEntered: "SucceedStateEntered",
      SucceedStateExited: "SucceedStateExited",
      TaskFailed: "TaskFailed",
      TaskScheduled: "TaskScheduled",
      TaskStartFailed: "TaskStartFailed",
      TaskStarted: "TaskStarted",
      TaskStateAborted: "TaskStateAborted",
      TaskStateEntered: "TaskStateEntered",
      TaskStateExited: "TaskStateExited",
      TaskSubmitFailed: "TaskSubmitFailed",
      TaskSubmitted: "TaskSubmitted",
      TaskSucceeded: "TaskSucceeded",
      TaskTimedOut: "TaskTimedOut",
      WaitStateAborted: "WaitStateAborted",
      WaitStateEntered: "WaitStateEntered",
      WaitStateExited: "WaitStateExited"
    };
    var ExecutionRedriveFilter = {
      NOT_REDRIVEN: "NOT_REDRIVEN",
      REDRIVEN: "REDRIVEN"
    };
    var SyncExecutionStatus = {
      FAILED: "FAILED",
      SUCCEEDED: "SUCCEEDED",
      TIMED_OUT: "TIMED_OUT"
    };
    var InspectionLevel = {
      DEBUG: "DEBUG",
      INFO: "INFO",
      TRACE: "TRACE"
    };
    var MockResponseValidationMode = {
      NONE: "NONE",
      PRESENT: "PRESENT",
      STRICT: "STRICT"
    };
    var TestExecutionStatus = {
      CAUGHT_ERROR: "CAUGHT_ERROR",
      FAILED: "FAILED",
      RETRIABLE: "RETRIABLE",
      SUCCEEDED: "SUCCEEDED"
    };
    var ValidateStateMachineDefinitionSeverity = {
      ERROR: "ERROR",
      WARNING: "WARNING"
    };
    var ValidateStateMachineDefinitionResultCode = {
      FAIL: "FAIL",
      OK: "OK"
    };
    exports.ActivityAlreadyExists = ActivityAlreadyExists;
    exports.ActivityAlreadyExists$ = ActivityAlreadyExists$;
    exports.ActivityDoesNotExist = ActivityDoesNotExist;
    exports.ActivityDoesNotExist$ = ActivityDoesNotExist$;
    exports.ActivityFailedEventDetails$ = ActivityFailedEventDetails$;
    exports.ActivityLimitExceeded = ActivityLimitExceeded;
    exports.ActivityLimitExceeded$ = ActivityLimitExceeded$;
    exports.ActivityListItem$ = ActivityListItem$;
    exports.ActivityScheduleFailedEventDetails$ = ActivityScheduleFailedEventDetails$;
    exports.ActivityScheduledEventDetails$ = ActivityScheduledEventDetails$;
    exports.ActivityStartedEventDetails$ = ActivityStartedEventDetails$;
    exports.ActivitySucceededEventDetails$ = ActivitySucceededEventDetails$;
    exports.ActivityTimedOutEventDetails$ = ActivityTimedOutEventDetails$;
    exports.ActivityWorkerLimitExceeded = ActivityWorkerLimitExceeded;
    exports.ActivityWorkerLimitExceeded$ = ActivityWorkerLimitExceeded$;
    exports.AssignedVariablesDetails$ = AssignedVariablesDetails$;
    exports.BillingDetails$ = BillingDetails$;
    exports.CloudWatchEventsExecutionDataDetails$ = CloudWatchEventsExecutionDataDetails$;
    exports.CloudWatchLogsLogGroup$ = CloudWatchLogsLogGroup$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.CreateActivity$ = CreateActivity$;
    exports.CreateActivityCommand = CreateActivityCommand;
    exports.CreateActivityInput$ = CreateActivityInput$;
    exports.CreateActivityOutput$ = CreateActivityOutput$;
    exports.CreateStateMachine$ = CreateStateMachine$;
    exports.CreateStateMachineAlias$ = CreateStateMachineAlias$;
    exports.CreateStateMachineAliasCommand = CreateStateMachineAliasCommand;
    exports.CreateStateMachineAliasInput$ = CreateStateMachineAliasInput$;
    exports.CreateStateMachineAliasOutput$ = CreateStateMachineAliasOutput$;
    exports.CreateStateMachineCommand = CreateStateMachineCommand;
    exports.CreateStateMachineInput$ = CreateStateMachineInput$;
    exports.CreateStateMachineOutput$ = CreateStateMachineOutput$;
    exports.DeleteActivity$ = DeleteActivity$;
    exports.DeleteActivityCommand = DeleteActivityCommand;
    exports.DeleteActivityInput$ = DeleteActivityInput$;
    exports.DeleteActivityOutput$ = DeleteActivityOutput$;
    exports.DeleteStateMachine$ = DeleteStateMachine$;
    exports.DeleteStateMachineAlias$ = DeleteStateMachineAlias$;
    exports.DeleteStateMachineAliasCommand = DeleteStateMachineAliasCommand;
    exports.DeleteStateMachineAliasInput$ = DeleteStateMachineAliasInput$;
    exports.DeleteStateMachineAliasOutput$ = DeleteStateMachineAliasOutput$;
    exports.DeleteStateMachineCommand = DeleteStateMachineCommand;
    exports.DeleteStateMachineInput$ = DeleteStateMachineInput$;
    exports.DeleteStateMachineOutput$ = DeleteStateMachineOutput$;
    exports.DeleteStateMachineVersion$ = DeleteStateMachineVersion$;
    exports.DeleteStateMachineVersionCommand = DeleteStateMachineVersionCommand;
    exports.DeleteStateMachineVersionInput$ = DeleteStateMachineVersionInput$;
    exports.DeleteStateMachineVersionOutput$ = DeleteStateMachineVersionOutput$;
    exports.DescribeActivity$ = DescribeActivity$;
    exports.DescribeActivityCommand = DescribeActivityCommand;
    exports.DescribeActivityInput$ = DescribeActivityInput$;
    exports.DescribeActivityOutput$ = DescribeActivityOutput$;
    exports.DescribeExecution$ = DescribeExecution$;
    exports.DescribeExecutionCommand = DescribeExecutionCommand;
    exports.DescribeExecutionInput$ = DescribeExecutionInput$;
    exports.DescribeExecutionOutput$ = DescribeExecutionOutput$;
    exports.DescribeMapRun$ = DescribeMapRun$;
    exports.DescribeMapRunCommand = DescribeMapRunCommand;
    exports.DescribeMapRunInput$ = DescribeMapRunInput$;
    exports.DescribeMapRunOutput$ = DescribeMapRunOutput$;
    exports.DescribeStateMachine$ = DescribeStateMachine$;
    exports.DescribeStateMachineAlias$ = DescribeStateMachineAlias$;
    exports.DescribeStateMachineAliasCommand = DescribeStateMachineAliasCommand;
    exports.DescribeStateMachineAliasInput$ = DescribeStateMachineAliasInput$;
    exports.DescribeStateMachineAliasOutput$ = DescribeStateMachineAliasOutput$;
    exports.DescribeStateMachineCommand = DescribeStateMachineCommand2;
    exports.DescribeStateMachineForExecution$ = DescribeStateMachineForExecution$;
    exports.DescribeStateMachineForExecutionCommand = DescribeStateMachineForExecutionCommand;
    exports.DescribeStateMachineForExecutionInput$ = DescribeStateMachineForExecutionInput$;
    exports.DescribeStateMachineForExecutionOutput$ = DescribeStateMachineForExecutionOutput$;
    exports.DescribeStateMachineInput$ = DescribeStateMachineInput$;
    exports.DescribeStateMachineOutput$ = DescribeStateMachineOutput$;
    exports.EncryptionConfiguration$ = EncryptionConfiguration$;
    exports.EncryptionType = EncryptionType;
    exports.EvaluationFailedEventDetails$ = EvaluationFailedEventDetails$;
    exports.ExecutionAbortedEventDetails$ = ExecutionAbortedEventDetails$;
    exports.ExecutionAlreadyExists = ExecutionAlreadyExists;
    exports.ExecutionAlreadyExists$ = ExecutionAlreadyExists$;
    exports.ExecutionDoesNotExist = ExecutionDoesNotExist;
    exports.ExecutionDoesNotExist$ = ExecutionDoesNotExist$;
    exports.ExecutionFailedEventDetails$ = ExecutionFailedEventDetails$;
    exports.ExecutionLimitExceeded = ExecutionLimitExceeded;
    exports.ExecutionLimitExceeded$ = ExecutionLimitExceeded$;
    exports.ExecutionListItem$ = ExecutionListItem$;
    exports.ExecutionNotRedrivable = ExecutionNotRedrivable;
    exports.ExecutionNotRedrivable$ = ExecutionNotRedrivable$;
    exports.ExecutionRedriveFilter = ExecutionRedriveFilter;
    exports.ExecutionRedriveStatus = ExecutionRedriveStatus;
    exports.ExecutionRedrivenEventDetails$ = ExecutionRedrivenEventDetails$;
    exports.ExecutionStartedEventDetails$ = ExecutionStartedEventDetails$;
    exports.ExecutionStatus = ExecutionStatus;
    exports.ExecutionSucceededEventDetails$ = ExecutionSucceededEventDetails$;
    exports.ExecutionTimedOutEventDetails$ = ExecutionTimedOutEventDetails$;
    exports.GetActivityTask$ = GetActivityTask$;
    exports.GetActivityTaskCommand = GetActivityTaskCommand;
    exports.GetActivityTaskInput$ = GetActivityTaskInput$;
    exports.GetActivityTaskOutput$ = GetActivityTaskOutput$;
    exports.GetExecutionHistory$ = GetExecutionHistory$;
    exports.GetExecutionHistoryCommand = GetExecutionHistoryCommand;
    exports.GetExecutionHistoryInput$ = GetExecutionHistoryInput$;
    exports.GetExecutionHistoryOutput$ = GetExecutionHistoryOutput$;
    exports.HistoryEvent$ = HistoryEvent$;
    exports.HistoryEventExecutionDataDetails$ = HistoryEventExecutionDataDetails$;
    exports.HistoryEventType = HistoryEventType;
    exports.IncludedData = IncludedData;
    exports.InspectionData$ = InspectionData$;
    exports.InspectionDataRequest$ = InspectionDataRequest$;
    exports.InspectionDataResponse$ = InspectionDataResponse$;
    exports.InspectionErrorDetails$ = InspectionErrorDetails$;
    exports.InspectionLevel = InspectionLevel;
    exports.InvalidArn = InvalidArn;
    exports.InvalidArn$ = InvalidArn$;
    exports.InvalidDefinition = InvalidDefinition;
    exports.InvalidDefinition$ = InvalidDefinition$;
    exports.InvalidEncryptionConfiguration = InvalidEncryptionConfiguration;
    exports.InvalidEncryptionConfiguration$ = InvalidEncryptionConfiguration$;
    exports.InvalidExecutionInput = InvalidExecutionInput;
    exports.InvalidExecutionInput$ = InvalidExecutionInput$;
    exports.InvalidLoggingConfiguration = InvalidLoggingConfiguration;
    exports.InvalidLoggingConfiguration$ = InvalidLoggingConfiguration$;
    exports.InvalidName = InvalidName;
    exports.InvalidName$ = InvalidName$;
    exports.InvalidOutput = InvalidOutput;
    exports.InvalidOutput$ = InvalidOutput$;
    exports.InvalidToken = InvalidToken;
    exports.InvalidToken$ = InvalidToken$;
    exports.InvalidTracingConfiguration = InvalidTracingConfiguration;
    exports.InvalidTracingConfiguration$ = InvalidTracingConfiguration$;
    exports.KmsAccessDeniedException = KmsAccessDeniedException;
    exports.KmsAccessDeniedException$ = KmsAccessDeniedException$;
    exports.KmsInvalidStateException = KmsInvalidStateException;
    exports.KmsInvalidStateException$ = KmsInvalidStateException$;
    exports.KmsKeyState = KmsKeyState;
    exports.KmsThrottlingException = KmsThrottlingException;
    exports.KmsThrottlingException$ = KmsThrottlingException$;
    exports.LambdaFunctionFailedEventDetails$ = LambdaFunctionFailedEventDetails$;
    exports.LambdaFunctionScheduleFailedEventDetails$ = LambdaFunctionScheduleFailedEventDetails$;
    exports.LambdaFunctionScheduledEventDetails$ = LambdaFunctionScheduledEventDetails$;
    exports.LambdaFunctionStartFailedEventDetails$ = LambdaFunctionStartFailedEventDetails$;
    exports.LambdaFunctionSucceededEventDetails$ = LambdaFunctionSucceededEventDetails$;
    exports.LambdaFunctionTimedOutEventDetails$ = LambdaFunctionTimedOutEventDetails$;
    exports.ListActivities$ = ListActivities$;
    exports.ListActivitiesCommand = ListActivitiesCommand;
    exports.ListActivitiesInput$ = ListActivitiesInput$;
    exports.ListActivitiesOutput$ = ListActivitiesOutput$;
    exports.ListExecutions$ = ListExecutions$;
    exports.ListExecutionsCommand = ListExecutionsCommand;
    exports.ListExecutionsInput$ = ListExecutionsInput$;
    exports.ListExecutionsOutput$ = ListExecutionsOutput$;
    exports.ListMapRuns$ = ListMapRuns$;
    exports.ListMapRunsCommand = ListMapRunsCommand;
    exports.ListMapRunsInput$ = ListMapRunsInput$;
    exports.ListMapRunsOutput$ = ListMapRunsOutput$;
    exports.ListStateMachineAliases$ = ListStateMachineAliases$;
    exports.ListStateMachineAliasesCommand = ListStateMachineAliasesCommand;
    exports.ListStateMachineAliasesInput$ = ListStateMachineAliasesInput$;
    exports.ListStateMachineAliasesOutput$ = ListStateMachineAliasesOutput$;
    exports.ListStateMachineVersions$ = ListStateMachineVersions$;
    exports.ListStateMachineVersionsCommand = ListStateMachineVersionsCommand;
    exports.ListStateMachineVersionsInput$ = ListStateMachineVersionsInput$;
    exports.ListStateMachineVersionsOutput$ = ListStateMachineVersionsOutput$;
    exports.ListStateMachines$ = ListStateMachines$;
    exports.ListStateMachinesCommand = ListStateMachinesCommand;
    exports.ListStateMachinesInput$ = ListStateMachinesInput$;
    exports.ListStateMachinesOutput$ = ListStateMachinesOutput$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceInput$ = ListTagsForResourceInput$;
    exports.ListTagsForResourceOutput$ = ListTagsForResourceOutput$;
    exports.LogDestination$ = LogDestination$;
    exports.LogLevel = LogLevel;
    exports.LoggingConfiguration$ = LoggingConfiguration$;
    exports.MapIterationEventDetails$ = MapIterationEventDetails$;
    exports.MapRunExecutionCounts$ = MapRunExecutionCounts$;
    exports.MapRunFailedEventDetails$ = MapRunFailedEventDetails$;
    exports.MapRunItemCounts$ = MapRunItemCounts$;
    exports.MapRunListItem$ = MapRunListItem$;
    exports.MapRunRedrivenEventDetails$ = MapRunRedrivenEventDetails$;
    exports.MapRunStartedEventDetails$ = MapRunStartedEventDetails$;
    exports.MapRunStatus = MapRunStatus;
    exports.MapStateStartedEventDetails$ = MapStateStartedEventDetails$;
    exports.MissingRequiredParameter = MissingRequiredParameter;
    exports.MissingRequiredParameter$ = MissingRequiredParameter$;
    exports.MockErrorOutput$ = MockErrorOutput$;
    exports.MockInput$ = MockInput$;
    exports.MockResponseValidationMode = MockResponseValidationMode;
    exports.PublishStateMachineVersion$ = PublishStateMachineVersion$;
    exports.PublishStateMachineVersionCommand = PublishStateMachineVersionCommand;
    exports.PublishStateMachineVersionInput$ = PublishStateMachineVersionInput$;
    exports.PublishStateMachineVersionOutput$ = PublishStateMachineVersionOutput$;
    exports.RedriveExecution$ = RedriveExecution$;
    exports.RedriveExecutionCommand = RedriveExecutionCommand;
    exports.RedriveExecutionInput$ = RedriveExecutionInput$;
    exports.RedriveExecutionOutput$ = RedriveExecutionOutput$;
    exports.ResourceNotFound = ResourceNotFound;
    exports.ResourceNotFound$ = ResourceNotFound$;
    exports.RoutingConfigurationListItem$ = RoutingConfigurationListItem$;
    exports.SFN = SFN;
    exports.SFNClient = SFNClient2;
    exports.SFNServiceException = SFNServiceException;
    exports.SFNServiceException$ = SFNServiceException$;
    exports.SendTaskFailure$ = SendTaskFailure$;
    exports.SendTaskFailureCommand = SendTaskFailureCommand;
    exports.SendTaskFailureInput$ = SendTaskFailureInput$;
    exports.SendTaskFailureOutput$ = SendTaskFailureOutput$;
    exports.SendTaskHeartbeat$ = SendTaskHeartbeat$;
    exports.SendTaskHeartbeatCommand = SendTaskHeartbeatCommand;
    exports.SendTaskHeartbeatInput$ = SendTaskHeartbeatInput$;
    exports.SendTaskHeartbeatOutput$ = SendTaskHeartbeatOutput$;
    exports.SendTaskSuccess$ = SendTaskSuccess$;
    exports.SendTaskSuccessCommand = SendTaskSuccessCommand;
    exports.SendTaskSuccessInput$ = SendTaskSuccessInput$;
    exports.SendTaskSuccessOutput$ = SendTaskSuccessOutput$;
    exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
    exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
    exports.StartExecution$ = StartExecution$;
    exports.StartExecutionCommand = StartExecutionCommand;
    exports.StartExecutionInput$ = StartExecutionInput$;
    exports.StartExecutionOutput$ = StartExecutionOutput$;
    exports.StartSyncExecution$ = StartSyncExecution$;
    exports.StartSyncExecutionCommand = StartSyncExecutionCommand;
    exports.StartSyncExecutionInput$ = StartSyncExecutionInput$;
    exports.StartSyncExecutionOutput$ = StartSyncExecutionOutput$;
    exports.StateEnteredEventDetails$ = StateEnteredEventDetails$;
    exports.StateExitedEventDetails$ = StateExitedEventDetails$;
    exports.StateMachineAliasListItem$ = StateMachineAliasListItem$;
    exports.StateMachineAlreadyExists = StateMachineAlreadyExists;
    exports.StateMachineAlreadyExists$ = StateMachineAlreadyExists$;
    exports.StateMachineDeleting = StateMachineDeleting;
    exports.StateMachineDeleting$ = StateMachineDeleting$;
    exports.StateMachineDoesNotExist = StateMachineDoesNotExist;
    exports.StateMachineDoesNotExist$ = StateMachineDoesNotExist$;
    exports.StateMachineLimitExceeded = StateMachineLimitExceeded;
    exports.StateMachineLimitExceeded$ = StateMachineLimitExceeded$;
    exports.StateMachineListItem$ = StateMachineListItem$;
    exports.StateMachineStatus = StateMachineStatus;
    exports.StateMachineType = StateMachineType;
    exports.StateMachineTypeNotSupported = StateMachineTypeNotSupported;
    exports.StateMachineTypeNotSupported$ = StateMachineTypeNotSupported$;
    exports.StateMachineVersionListItem$ = StateMachineVersionListItem$;
    exports.StopExecution$ = StopExecution$;
    exports.StopExecutionCommand = StopExecutionCommand;
    exports.StopExecutionInput$ = StopExecutionInput$;
    exports.StopExecutionOutput$ = StopExecutionOutput$;
    exports.SyncExecutionStatus = SyncExecutionStatus;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceInput$ = TagResourceInput$;
    exports.TagResourceOutput$ = TagResourceOutput$;
    exports.TaskCredentials$ = TaskCredentials$;
    exports.TaskDoesNotExist = TaskDoesNotExist;
    exports.TaskDoesNotExist$ = TaskDoesNotExist$;
    exports.TaskFailedEventDetails$ = TaskFailedEventDetails$;
    exports.TaskScheduledEventDetails$ = TaskScheduledEventDetails$;
    exports.TaskStartFailedEventDetails$ = TaskStartFailedEventDetails$;
    exports.TaskStartedEventDetails$ = TaskStartedEventDetails$;
    exports.TaskSubmitFailedEventDetails$ = TaskSubmitFailedEventDetails$;
    exports.TaskSubmittedEventDetails$ = TaskSubmittedEventDetails$;
    exports.TaskSucceededEventDetails$ = TaskSucceededEventDetails$;
    exports.TaskTimedOut = TaskTimedOut;
    exports.TaskTimedOut$ = TaskTimedOut$;
    exports.TaskTimedOutEventDetails$ = TaskTimedOutEventDetails$;
    exports.TestExecutionStatus = TestExecutionStatus;
    exports.TestState$ = TestState$;
    exports.TestStateCommand = TestStateCommand;
    exports.TestStateConfiguration$ = TestStateConfiguration$;
    exports.TestStateInput$ = TestStateInput$;
    exports.TestStateOutput$ = TestStateOutput$;
    exports.TooManyTags = TooManyTags;
    exports.TooManyTags$ = TooManyTags$;
    exports.TracingConfiguration$ = TracingConfiguration$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceInput$ = UntagResourceInput$;
    exports.UntagResourceOutput$ = UntagResourceOutput$;
    exports.UpdateMapRun$ = UpdateMapRun$;
    exports.UpdateMapRunCommand = UpdateMapRunCommand;
    exports.UpdateMapRunInput$ = UpdateMapRunInput$;
    exports.UpdateMapRunOutput$ = UpdateMapRunOutput$;
    exports.UpdateStateMachine$ = UpdateStateMachine$;
    exports.UpdateStateMachineAlias$ = UpdateStateMachineAlias$;
    exports.UpdateStateMachineAliasCommand = UpdateStateMachineAliasCommand;
    exports.UpdateStateMachineAliasInput$ = UpdateStateMachineAliasInput$;
    exports.UpdateStateMachineAliasOutput$ = UpdateStateMachineAliasOutput$;
    exports.UpdateStateMachineCommand = UpdateStateMachineCommand;
    exports.UpdateStateMachineInput$ = UpdateStateMachineInput$;
    exports.UpdateStateMachineOutput$ = UpdateStateMachineOutput$;
    exports.ValidateStateMachineDefinition$ = ValidateStateMachineDefinition$;
    exports.ValidateStateMachineDefinitionCommand = ValidateStateMachineDefinitionCommand;
    exports.ValidateStateMachineDefinitionDiagnostic$ = ValidateStateMachineDefinitionDiagnostic$;
    exports.ValidateStateMachineDefinitionInput$ = ValidateStateMachineDefinitionInput$;
    exports.ValidateStateMachineDefinitionOutput$ = ValidateStateMachineDefinitionOutput$;
    exports.ValidateStateMachineDefinitionResultCode = ValidateStateMachineDefinitionResultCode;
    exports.ValidateStateMachineDefinitionSeverity = ValidateStateMachineDefinitionSeverity;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.ValidationExceptionReason = ValidationExceptionReason;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateGetExecutionHistory = paginateGetExecutionHistory;
    exports.paginateListActivities = paginateListActivities;
    exports.paginateListExecutions = paginateListExecutions;
    exports.paginateListMapRuns = paginateListMapRuns;
    exports.paginateListStateMachines = paginateListStateMachines2;
  }
});

// src/inventory/live/scans/sfn.ts
var import_client_sfn = __toESM(require_dist_cjs3(), 1);
var scanSfn = async ({ session, region }) => {
  const out = emptyOutput();
  const sfn = session.client("states", region, import_client_sfn.SFNClient);
  const limit = session.limit("states", region);
  const task = session.run.progress.start(`states ${region}`, "state machines");
  const listed = await limit(
    () => session.attempt({ operation: "states:ListStateMachines", region, kinds: ["sfn-state-machine"] }, async (abortSignal) => {
      const arns = [];
      for await (const page of (0, import_client_sfn.paginateListStateMachines)({ client: sfn }, {}, { abortSignal }))
        for (const m of page.stateMachines ?? []) if (m.stateMachineArn) arns.push(m.stateMachineArn);
      return arns;
    })
  );
  if (!listed.ok) out.gaps.push(listed.gap);
  else
    await mapLimited(listed.value, limit, async (arn) => {
      const d = await session.attempt(
        { operation: "states:DescribeStateMachine", region, kinds: ["sfn-state-machine"], detail: arn.split(":").pop() },
        async (abortSignal) => sfn.send(new import_client_sfn.DescribeStateMachineCommand({ stateMachineArn: arn }), { abortSignal })
      );
      task.add(1);
      if (!d.ok) return void out.gaps.push(d.gap);
      record(out, roleKeyOfRef(d.value.roleArn, session.account), dependent("sfn-state-machine", { id: arn, name: d.value.name, region, account: session.account, via: "state machine roleArn" }));
    });
  task.done();
  return out;
};
export {
  scanSfn
};
