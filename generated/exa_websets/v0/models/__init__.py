"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .article import Article, ArticleDict
    from .company import Company, CompanyDict
    from .create_criterion_parameters import (
        CreateCriterionParameters,
        CreateCriterionParametersDict,
    )
    from .create_enrichment_parameters import (
        CreateEnrichmentParameters,
        CreateEnrichmentParametersDict,
    )
    from .create_enrichment_parameters_format import CreateEnrichmentParametersFormat
    from .create_enrichment_parameters_metadata import (
        CreateEnrichmentParametersMetadata,
    )
    from .create_enrichment_parameters_options_item import (
        CreateEnrichmentParametersOptionsItem,
        CreateEnrichmentParametersOptionsItemDict,
    )
    from .create_import_parameters import (
        CreateImportParameters,
        CreateImportParametersDict,
    )
    from .create_import_parameters_csv import (
        CreateImportParametersCsv,
        CreateImportParametersCsvDict,
    )
    from .create_import_parameters_format import CreateImportParametersFormat
    from .create_import_parameters_metadata import CreateImportParametersMetadata
    from .create_import_response import CreateImportResponse, CreateImportResponseDict
    from .create_import_response_failed_reason_type_0 import (
        CreateImportResponseFailedReasonType0,
    )
    from .create_import_response_format import CreateImportResponseFormat
    from .create_import_response_metadata import CreateImportResponseMetadata
    from .create_import_response_object import CreateImportResponseObject
    from .create_import_response_status import CreateImportResponseStatus
    from .create_monitor_parameters import (
        CreateMonitorParameters,
        CreateMonitorParametersDict,
    )
    from .create_monitor_parameters_behavior import (
        CreateMonitorParametersBehavior,
        CreateMonitorParametersBehaviorDict,
    )
    from .create_monitor_parameters_behavior_config import (
        CreateMonitorParametersBehaviorConfig,
        CreateMonitorParametersBehaviorConfigDict,
    )
    from .create_monitor_parameters_behavior_config_behavior import (
        CreateMonitorParametersBehaviorConfigBehavior,
    )
    from .create_monitor_parameters_behavior_config_criteria_item import (
        CreateMonitorParametersBehaviorConfigCriteriaItem,
        CreateMonitorParametersBehaviorConfigCriteriaItemDict,
    )
    from .create_monitor_parameters_cadence import (
        CreateMonitorParametersCadence,
        CreateMonitorParametersCadenceDict,
    )
    from .create_monitor_parameters_metadata import CreateMonitorParametersMetadata
    from .create_webhook_parameters import (
        CreateWebhookParameters,
        CreateWebhookParametersDict,
    )
    from .create_webhook_parameters_metadata import CreateWebhookParametersMetadata
    from .create_webset_parameters import (
        CreateWebsetParameters,
        CreateWebsetParametersDict,
    )
    from .create_webset_parameters_exclude_item import (
        CreateWebsetParametersExcludeItem,
        CreateWebsetParametersExcludeItemDict,
    )
    from .create_webset_parameters_exclude_item_source import (
        CreateWebsetParametersExcludeItemSource,
    )
    from .create_webset_parameters_import_item import (
        CreateWebsetParametersImportItem,
        CreateWebsetParametersImportItemDict,
    )
    from .create_webset_parameters_import_item_source import (
        CreateWebsetParametersImportItemSource,
    )
    from .create_webset_parameters_metadata import CreateWebsetParametersMetadata
    from .create_webset_parameters_search import (
        CreateWebsetParametersSearch,
        CreateWebsetParametersSearchDict,
    )
    from .create_webset_parameters_search_exclude_item import (
        CreateWebsetParametersSearchExcludeItem,
        CreateWebsetParametersSearchExcludeItemDict,
    )
    from .create_webset_parameters_search_exclude_item_source import (
        CreateWebsetParametersSearchExcludeItemSource,
    )
    from .create_webset_parameters_search_scope_item import (
        CreateWebsetParametersSearchScopeItem,
        CreateWebsetParametersSearchScopeItemDict,
    )
    from .create_webset_parameters_search_scope_item_relationship import (
        CreateWebsetParametersSearchScopeItemRelationship,
        CreateWebsetParametersSearchScopeItemRelationshipDict,
    )
    from .create_webset_parameters_search_scope_item_source import (
        CreateWebsetParametersSearchScopeItemSource,
    )
    from .create_webset_search_parameters import (
        CreateWebsetSearchParameters,
        CreateWebsetSearchParametersDict,
    )
    from .create_webset_search_parameters_exclude_item import (
        CreateWebsetSearchParametersExcludeItem,
        CreateWebsetSearchParametersExcludeItemDict,
    )
    from .create_webset_search_parameters_exclude_item_source import (
        CreateWebsetSearchParametersExcludeItemSource,
    )
    from .create_webset_search_parameters_metadata import (
        CreateWebsetSearchParametersMetadata,
    )
    from .create_webset_search_parameters_scope_item import (
        CreateWebsetSearchParametersScopeItem,
        CreateWebsetSearchParametersScopeItemDict,
    )
    from .create_webset_search_parameters_scope_item_relationship import (
        CreateWebsetSearchParametersScopeItemRelationship,
        CreateWebsetSearchParametersScopeItemRelationshipDict,
    )
    from .create_webset_search_parameters_scope_item_source import (
        CreateWebsetSearchParametersScopeItemSource,
    )
    from .custom import Custom, CustomDict
    from .enrichment_result import EnrichmentResult, EnrichmentResultDict
    from .enrichment_result_references_item import (
        EnrichmentResultReferencesItem,
        EnrichmentResultReferencesItemDict,
    )
    from .enrichment_result_status import EnrichmentResultStatus
    from .event_type import EventType
    from .events_list_types_item import EventsListTypesItem
    from .get_webset_response import GetWebsetResponse, GetWebsetResponseDict
    from .import_ import Import, ImportDict
    from .import_completed_event import ImportCompletedEvent, ImportCompletedEventDict
    from .import_created_event import ImportCreatedEvent, ImportCreatedEventDict
    from .import_failed_reason_type_0 import ImportFailedReasonType0
    from .import_format import ImportFormat
    from .import_metadata import ImportMetadata
    from .import_object import ImportObject
    from .import_status import ImportStatus
    from .list_events_response import ListEventsResponse, ListEventsResponseDict
    from .list_imports_response import ListImportsResponse, ListImportsResponseDict
    from .list_monitor_runs_response import (
        ListMonitorRunsResponse,
        ListMonitorRunsResponseDict,
    )
    from .list_monitors_response import ListMonitorsResponse, ListMonitorsResponseDict
    from .list_webhook_attempts_response import (
        ListWebhookAttemptsResponse,
        ListWebhookAttemptsResponseDict,
    )
    from .list_webhooks_response import ListWebhooksResponse, ListWebhooksResponseDict
    from .list_webset_item_response import (
        ListWebsetItemResponse,
        ListWebsetItemResponseDict,
    )
    from .list_websets_response import ListWebsetsResponse, ListWebsetsResponseDict
    from .monitor import Monitor, MonitorDict
    from .monitor_behavior import MonitorBehavior, MonitorBehaviorDict
    from .monitor_behavior_config import (
        MonitorBehaviorConfig,
        MonitorBehaviorConfigDict,
    )
    from .monitor_behavior_config_behavior import MonitorBehaviorConfigBehavior
    from .monitor_behavior_config_criteria_item import (
        MonitorBehaviorConfigCriteriaItem,
        MonitorBehaviorConfigCriteriaItemDict,
    )
    from .monitor_cadence import MonitorCadence, MonitorCadenceDict
    from .monitor_created_event import MonitorCreatedEvent, MonitorCreatedEventDict
    from .monitor_deleted_event import MonitorDeletedEvent, MonitorDeletedEventDict
    from .monitor_metadata import MonitorMetadata
    from .monitor_object import MonitorObject
    from .monitor_run import MonitorRun, MonitorRunDict
    from .monitor_run_completed_event import (
        MonitorRunCompletedEvent,
        MonitorRunCompletedEventDict,
    )
    from .monitor_run_created_event import (
        MonitorRunCreatedEvent,
        MonitorRunCreatedEventDict,
    )
    from .monitor_run_object import MonitorRunObject
    from .monitor_run_status import MonitorRunStatus
    from .monitor_run_type import MonitorRunType
    from .monitor_status import MonitorStatus
    from .monitor_updated_event import MonitorUpdatedEvent, MonitorUpdatedEventDict
    from .person import Person, PersonDict
    from .preview_webset_parameters import (
        PreviewWebsetParameters,
        PreviewWebsetParametersDict,
    )
    from .preview_webset_parameters_search import (
        PreviewWebsetParametersSearch,
        PreviewWebsetParametersSearchDict,
    )
    from .preview_webset_response import (
        PreviewWebsetResponse,
        PreviewWebsetResponseDict,
    )
    from .preview_webset_response_enrichments_item import (
        PreviewWebsetResponseEnrichmentsItem,
        PreviewWebsetResponseEnrichmentsItemDict,
    )
    from .preview_webset_response_enrichments_item_format import (
        PreviewWebsetResponseEnrichmentsItemFormat,
    )
    from .preview_webset_response_enrichments_item_options_item import (
        PreviewWebsetResponseEnrichmentsItemOptionsItem,
        PreviewWebsetResponseEnrichmentsItemOptionsItemDict,
    )
    from .preview_webset_response_search import (
        PreviewWebsetResponseSearch,
        PreviewWebsetResponseSearchDict,
    )
    from .preview_webset_response_search_criteria_item import (
        PreviewWebsetResponseSearchCriteriaItem,
        PreviewWebsetResponseSearchCriteriaItemDict,
    )
    from .research_paper import ResearchPaper, ResearchPaperDict
    from .update_enrichment_parameters import (
        UpdateEnrichmentParameters,
        UpdateEnrichmentParametersDict,
    )
    from .update_enrichment_parameters_format import UpdateEnrichmentParametersFormat
    from .update_enrichment_parameters_metadata_type_0 import (
        UpdateEnrichmentParametersMetadataType0,
    )
    from .update_enrichment_parameters_options_item import (
        UpdateEnrichmentParametersOptionsItem,
        UpdateEnrichmentParametersOptionsItemDict,
    )
    from .update_import import UpdateImport, UpdateImportDict
    from .update_import_metadata import UpdateImportMetadata
    from .update_monitor import UpdateMonitor, UpdateMonitorDict
    from .update_monitor_metadata import UpdateMonitorMetadata
    from .update_monitor_status import UpdateMonitorStatus
    from .update_webhook_parameters import (
        UpdateWebhookParameters,
        UpdateWebhookParametersDict,
    )
    from .update_webhook_parameters_metadata import UpdateWebhookParametersMetadata
    from .update_webset_request import UpdateWebsetRequest, UpdateWebsetRequestDict
    from .update_webset_request_metadata_type_0 import UpdateWebsetRequestMetadataType0
    from .webhook import Webhook, WebhookDict
    from .webhook_attempt import WebhookAttempt, WebhookAttemptDict
    from .webhook_attempt_event_type import WebhookAttemptEventType
    from .webhook_attempt_response_headers import WebhookAttemptResponseHeaders
    from .webhook_metadata import WebhookMetadata
    from .webhook_webhook_status import WebhookWebhookStatus
    from .webhooks_attempts_list_event_type import WebhooksAttemptsListEventType
    from .webset import Webset, WebsetDict
    from .webset_created_event import WebsetCreatedEvent, WebsetCreatedEventDict
    from .webset_deleted_event import WebsetDeletedEvent, WebsetDeletedEventDict
    from .webset_enrichment import WebsetEnrichment, WebsetEnrichmentDict
    from .webset_enrichment_format import WebsetEnrichmentFormat
    from .webset_enrichment_metadata import WebsetEnrichmentMetadata
    from .webset_enrichment_options_type_0_item import (
        WebsetEnrichmentOptionsType0Item,
        WebsetEnrichmentOptionsType0ItemDict,
    )
    from .webset_enrichment_webset_enrichment_status import (
        WebsetEnrichmentWebsetEnrichmentStatus,
    )
    from .webset_excludes_item import WebsetExcludesItem, WebsetExcludesItemDict
    from .webset_excludes_item_source import WebsetExcludesItemSource
    from .webset_idle_event import WebsetIdleEvent, WebsetIdleEventDict
    from .webset_item import WebsetItem, WebsetItemDict
    from .webset_item_article_properties import (
        WebsetItemArticleProperties,
        WebsetItemArticlePropertiesDict,
    )
    from .webset_item_article_properties_webset_item_article_properties_fields import (
        WebsetItemArticlePropertiesWebsetItemArticlePropertiesFields,
        WebsetItemArticlePropertiesWebsetItemArticlePropertiesFieldsDict,
    )
    from .webset_item_company_properties import (
        WebsetItemCompanyProperties,
        WebsetItemCompanyPropertiesDict,
    )
    from .webset_item_company_properties_webset_item_company_properties_fields import (
        WebsetItemCompanyPropertiesWebsetItemCompanyPropertiesFields,
        WebsetItemCompanyPropertiesWebsetItemCompanyPropertiesFieldsDict,
    )
    from .webset_item_created_event import (
        WebsetItemCreatedEvent,
        WebsetItemCreatedEventDict,
    )
    from .webset_item_custom_properties import (
        WebsetItemCustomProperties,
        WebsetItemCustomPropertiesDict,
    )
    from .webset_item_custom_properties_webset_item_custom_properties_fields import (
        WebsetItemCustomPropertiesWebsetItemCustomPropertiesFields,
        WebsetItemCustomPropertiesWebsetItemCustomPropertiesFieldsDict,
    )
    from .webset_item_enriched_event import (
        WebsetItemEnrichedEvent,
        WebsetItemEnrichedEventDict,
    )
    from .webset_item_evaluation import WebsetItemEvaluation, WebsetItemEvaluationDict
    from .webset_item_evaluation_references_item import (
        WebsetItemEvaluationReferencesItem,
        WebsetItemEvaluationReferencesItemDict,
    )
    from .webset_item_evaluation_satisfied import WebsetItemEvaluationSatisfied
    from .webset_item_person_properties import (
        WebsetItemPersonProperties,
        WebsetItemPersonPropertiesDict,
    )
    from .webset_item_person_properties_webset_item_person_properties_fields import (
        WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields,
        WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsDict,
    )
    from .webset_item_person_properties_webset_item_person_properties_fields_webset_item_person_company_properties_fields import (
        WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields,
        WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFieldsDict,
    )
    from .webset_item_preview import WebsetItemPreview, WebsetItemPreviewDict
    from .webset_item_research_paper_properties import (
        WebsetItemResearchPaperProperties,
        WebsetItemResearchPaperPropertiesDict,
    )
    from .webset_item_research_paper_properties_webset_item_research_paper_properties_fields import (
        WebsetItemResearchPaperPropertiesWebsetItemResearchPaperPropertiesFields,
        WebsetItemResearchPaperPropertiesWebsetItemResearchPaperPropertiesFieldsDict,
    )
    from .webset_item_source import WebsetItemSource
    from .webset_metadata import WebsetMetadata
    from .webset_paused_event import WebsetPausedEvent, WebsetPausedEventDict
    from .webset_search import WebsetSearch, WebsetSearchDict
    from .webset_search_behavior import WebsetSearchBehavior
    from .webset_search_canceled_event import (
        WebsetSearchCanceledEvent,
        WebsetSearchCanceledEventDict,
    )
    from .webset_search_canceled_reason import WebsetSearchCanceledReason
    from .webset_search_completed_event import (
        WebsetSearchCompletedEvent,
        WebsetSearchCompletedEventDict,
    )
    from .webset_search_created_event import (
        WebsetSearchCreatedEvent,
        WebsetSearchCreatedEventDict,
    )
    from .webset_search_criteria_item import (
        WebsetSearchCriteriaItem,
        WebsetSearchCriteriaItemDict,
    )
    from .webset_search_exclude_item import (
        WebsetSearchExcludeItem,
        WebsetSearchExcludeItemDict,
    )
    from .webset_search_exclude_item_source import WebsetSearchExcludeItemSource
    from .webset_search_metadata import WebsetSearchMetadata
    from .webset_search_progress import WebsetSearchProgress, WebsetSearchProgressDict
    from .webset_search_recall_type_0 import (
        WebsetSearchRecallType0,
        WebsetSearchRecallType0Dict,
    )
    from .webset_search_recall_type_0_expected import (
        WebsetSearchRecallType0Expected,
        WebsetSearchRecallType0ExpectedDict,
    )
    from .webset_search_recall_type_0_expected_bounds import (
        WebsetSearchRecallType0ExpectedBounds,
        WebsetSearchRecallType0ExpectedBoundsDict,
    )
    from .webset_search_recall_type_0_expected_confidence import (
        WebsetSearchRecallType0ExpectedConfidence,
    )
    from .webset_search_scope_item import (
        WebsetSearchScopeItem,
        WebsetSearchScopeItemDict,
    )
    from .webset_search_scope_item_relationship import (
        WebsetSearchScopeItemRelationship,
        WebsetSearchScopeItemRelationshipDict,
    )
    from .webset_search_scope_item_source import WebsetSearchScopeItemSource
    from .webset_search_updated_event import (
        WebsetSearchUpdatedEvent,
        WebsetSearchUpdatedEventDict,
    )
    from .webset_search_webset_search_status import WebsetSearchWebsetSearchStatus
    from .webset_webset_status import WebsetWebsetStatus
    from .websets_get_expand_item import WebsetsGetExpandItem

_MODULES = {
    "Article": ".article",
    "Company": ".company",
    "CreateCriterionParameters": ".create_criterion_parameters",
    "CreateEnrichmentParameters": ".create_enrichment_parameters",
    "CreateEnrichmentParametersFormat": ".create_enrichment_parameters_format",
    "CreateEnrichmentParametersMetadata": ".create_enrichment_parameters_metadata",
    "CreateEnrichmentParametersOptionsItem": ".create_enrichment_parameters_options_item",
    "CreateImportParameters": ".create_import_parameters",
    "CreateImportParametersCsv": ".create_import_parameters_csv",
    "CreateImportParametersFormat": ".create_import_parameters_format",
    "CreateImportParametersMetadata": ".create_import_parameters_metadata",
    "CreateImportResponse": ".create_import_response",
    "CreateImportResponseFailedReasonType0": ".create_import_response_failed_reason_type_0",
    "CreateImportResponseFormat": ".create_import_response_format",
    "CreateImportResponseMetadata": ".create_import_response_metadata",
    "CreateImportResponseObject": ".create_import_response_object",
    "CreateImportResponseStatus": ".create_import_response_status",
    "CreateMonitorParameters": ".create_monitor_parameters",
    "CreateMonitorParametersBehavior": ".create_monitor_parameters_behavior",
    "CreateMonitorParametersBehaviorConfig": ".create_monitor_parameters_behavior_config",
    "CreateMonitorParametersBehaviorConfigBehavior": ".create_monitor_parameters_behavior_config_behavior",
    "CreateMonitorParametersBehaviorConfigCriteriaItem": ".create_monitor_parameters_behavior_config_criteria_item",
    "CreateMonitorParametersCadence": ".create_monitor_parameters_cadence",
    "CreateMonitorParametersMetadata": ".create_monitor_parameters_metadata",
    "CreateWebhookParameters": ".create_webhook_parameters",
    "CreateWebhookParametersMetadata": ".create_webhook_parameters_metadata",
    "CreateWebsetParameters": ".create_webset_parameters",
    "CreateWebsetParametersExcludeItem": ".create_webset_parameters_exclude_item",
    "CreateWebsetParametersExcludeItemSource": ".create_webset_parameters_exclude_item_source",
    "CreateWebsetParametersImportItem": ".create_webset_parameters_import_item",
    "CreateWebsetParametersImportItemSource": ".create_webset_parameters_import_item_source",
    "CreateWebsetParametersMetadata": ".create_webset_parameters_metadata",
    "CreateWebsetParametersSearch": ".create_webset_parameters_search",
    "CreateWebsetParametersSearchExcludeItem": ".create_webset_parameters_search_exclude_item",
    "CreateWebsetParametersSearchExcludeItemSource": ".create_webset_parameters_search_exclude_item_source",
    "CreateWebsetParametersSearchScopeItem": ".create_webset_parameters_search_scope_item",
    "CreateWebsetParametersSearchScopeItemRelationship": ".create_webset_parameters_search_scope_item_relationship",
    "CreateWebsetParametersSearchScopeItemSource": ".create_webset_parameters_search_scope_item_source",
    "CreateWebsetSearchParameters": ".create_webset_search_parameters",
    "CreateWebsetSearchParametersExcludeItem": ".create_webset_search_parameters_exclude_item",
    "CreateWebsetSearchParametersExcludeItemSource": ".create_webset_search_parameters_exclude_item_source",
    "CreateWebsetSearchParametersMetadata": ".create_webset_search_parameters_metadata",
    "CreateWebsetSearchParametersScopeItem": ".create_webset_search_parameters_scope_item",
    "CreateWebsetSearchParametersScopeItemRelationship": ".create_webset_search_parameters_scope_item_relationship",
    "CreateWebsetSearchParametersScopeItemSource": ".create_webset_search_parameters_scope_item_source",
    "Custom": ".custom",
    "EnrichmentResult": ".enrichment_result",
    "EnrichmentResultReferencesItem": ".enrichment_result_references_item",
    "EnrichmentResultStatus": ".enrichment_result_status",
    "EventType": ".event_type",
    "EventsListTypesItem": ".events_list_types_item",
    "GetWebsetResponse": ".get_webset_response",
    "Import": ".import_",
    "ImportCompletedEvent": ".import_completed_event",
    "ImportCreatedEvent": ".import_created_event",
    "ImportFailedReasonType0": ".import_failed_reason_type_0",
    "ImportFormat": ".import_format",
    "ImportMetadata": ".import_metadata",
    "ImportObject": ".import_object",
    "ImportStatus": ".import_status",
    "ListEventsResponse": ".list_events_response",
    "ListImportsResponse": ".list_imports_response",
    "ListMonitorRunsResponse": ".list_monitor_runs_response",
    "ListMonitorsResponse": ".list_monitors_response",
    "ListWebhookAttemptsResponse": ".list_webhook_attempts_response",
    "ListWebhooksResponse": ".list_webhooks_response",
    "ListWebsetItemResponse": ".list_webset_item_response",
    "ListWebsetsResponse": ".list_websets_response",
    "Monitor": ".monitor",
    "MonitorBehavior": ".monitor_behavior",
    "MonitorBehaviorConfig": ".monitor_behavior_config",
    "MonitorBehaviorConfigBehavior": ".monitor_behavior_config_behavior",
    "MonitorBehaviorConfigCriteriaItem": ".monitor_behavior_config_criteria_item",
    "MonitorCadence": ".monitor_cadence",
    "MonitorCreatedEvent": ".monitor_created_event",
    "MonitorDeletedEvent": ".monitor_deleted_event",
    "MonitorMetadata": ".monitor_metadata",
    "MonitorObject": ".monitor_object",
    "MonitorRun": ".monitor_run",
    "MonitorRunCompletedEvent": ".monitor_run_completed_event",
    "MonitorRunCreatedEvent": ".monitor_run_created_event",
    "MonitorRunObject": ".monitor_run_object",
    "MonitorRunStatus": ".monitor_run_status",
    "MonitorRunType": ".monitor_run_type",
    "MonitorStatus": ".monitor_status",
    "MonitorUpdatedEvent": ".monitor_updated_event",
    "Person": ".person",
    "PreviewWebsetParameters": ".preview_webset_parameters",
    "PreviewWebsetParametersSearch": ".preview_webset_parameters_search",
    "PreviewWebsetResponse": ".preview_webset_response",
    "PreviewWebsetResponseEnrichmentsItem": ".preview_webset_response_enrichments_item",
    "PreviewWebsetResponseEnrichmentsItemFormat": ".preview_webset_response_enrichments_item_format",
    "PreviewWebsetResponseEnrichmentsItemOptionsItem": ".preview_webset_response_enrichments_item_options_item",
    "PreviewWebsetResponseSearch": ".preview_webset_response_search",
    "PreviewWebsetResponseSearchCriteriaItem": ".preview_webset_response_search_criteria_item",
    "ResearchPaper": ".research_paper",
    "UpdateEnrichmentParameters": ".update_enrichment_parameters",
    "UpdateEnrichmentParametersFormat": ".update_enrichment_parameters_format",
    "UpdateEnrichmentParametersMetadataType0": ".update_enrichment_parameters_metadata_type_0",
    "UpdateEnrichmentParametersOptionsItem": ".update_enrichment_parameters_options_item",
    "UpdateImport": ".update_import",
    "UpdateImportMetadata": ".update_import_metadata",
    "UpdateMonitor": ".update_monitor",
    "UpdateMonitorMetadata": ".update_monitor_metadata",
    "UpdateMonitorStatus": ".update_monitor_status",
    "UpdateWebhookParameters": ".update_webhook_parameters",
    "UpdateWebhookParametersMetadata": ".update_webhook_parameters_metadata",
    "UpdateWebsetRequest": ".update_webset_request",
    "UpdateWebsetRequestMetadataType0": ".update_webset_request_metadata_type_0",
    "Webhook": ".webhook",
    "WebhookAttempt": ".webhook_attempt",
    "WebhookAttemptEventType": ".webhook_attempt_event_type",
    "WebhookAttemptResponseHeaders": ".webhook_attempt_response_headers",
    "WebhookMetadata": ".webhook_metadata",
    "WebhookWebhookStatus": ".webhook_webhook_status",
    "WebhooksAttemptsListEventType": ".webhooks_attempts_list_event_type",
    "Webset": ".webset",
    "WebsetCreatedEvent": ".webset_created_event",
    "WebsetDeletedEvent": ".webset_deleted_event",
    "WebsetEnrichment": ".webset_enrichment",
    "WebsetEnrichmentFormat": ".webset_enrichment_format",
    "WebsetEnrichmentMetadata": ".webset_enrichment_metadata",
    "WebsetEnrichmentOptionsType0Item": ".webset_enrichment_options_type_0_item",
    "WebsetEnrichmentWebsetEnrichmentStatus": ".webset_enrichment_webset_enrichment_status",
    "WebsetExcludesItem": ".webset_excludes_item",
    "WebsetExcludesItemSource": ".webset_excludes_item_source",
    "WebsetIdleEvent": ".webset_idle_event",
    "WebsetItem": ".webset_item",
    "WebsetItemArticleProperties": ".webset_item_article_properties",
    "WebsetItemArticlePropertiesWebsetItemArticlePropertiesFields": ".webset_item_article_properties_webset_item_article_properties_fields",
    "WebsetItemCompanyProperties": ".webset_item_company_properties",
    "WebsetItemCompanyPropertiesWebsetItemCompanyPropertiesFields": ".webset_item_company_properties_webset_item_company_properties_fields",
    "WebsetItemCreatedEvent": ".webset_item_created_event",
    "WebsetItemCustomProperties": ".webset_item_custom_properties",
    "WebsetItemCustomPropertiesWebsetItemCustomPropertiesFields": ".webset_item_custom_properties_webset_item_custom_properties_fields",
    "WebsetItemEnrichedEvent": ".webset_item_enriched_event",
    "WebsetItemEvaluation": ".webset_item_evaluation",
    "WebsetItemEvaluationReferencesItem": ".webset_item_evaluation_references_item",
    "WebsetItemEvaluationSatisfied": ".webset_item_evaluation_satisfied",
    "WebsetItemPersonProperties": ".webset_item_person_properties",
    "WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields": ".webset_item_person_properties_webset_item_person_properties_fields",
    "WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields": ".webset_item_person_properties_webset_item_person_properties_fields_webset_item_person_company_properties_fields",
    "WebsetItemPreview": ".webset_item_preview",
    "WebsetItemResearchPaperProperties": ".webset_item_research_paper_properties",
    "WebsetItemResearchPaperPropertiesWebsetItemResearchPaperPropertiesFields": ".webset_item_research_paper_properties_webset_item_research_paper_properties_fields",
    "WebsetItemSource": ".webset_item_source",
    "WebsetMetadata": ".webset_metadata",
    "WebsetPausedEvent": ".webset_paused_event",
    "WebsetSearch": ".webset_search",
    "WebsetSearchBehavior": ".webset_search_behavior",
    "WebsetSearchCanceledEvent": ".webset_search_canceled_event",
    "WebsetSearchCanceledReason": ".webset_search_canceled_reason",
    "WebsetSearchCompletedEvent": ".webset_search_completed_event",
    "WebsetSearchCreatedEvent": ".webset_search_created_event",
    "WebsetSearchCriteriaItem": ".webset_search_criteria_item",
    "WebsetSearchExcludeItem": ".webset_search_exclude_item",
    "WebsetSearchExcludeItemSource": ".webset_search_exclude_item_source",
    "WebsetSearchMetadata": ".webset_search_metadata",
    "WebsetSearchProgress": ".webset_search_progress",
    "WebsetSearchRecallType0": ".webset_search_recall_type_0",
    "WebsetSearchRecallType0Expected": ".webset_search_recall_type_0_expected",
    "WebsetSearchRecallType0ExpectedBounds": ".webset_search_recall_type_0_expected_bounds",
    "WebsetSearchRecallType0ExpectedConfidence": ".webset_search_recall_type_0_expected_confidence",
    "WebsetSearchScopeItem": ".webset_search_scope_item",
    "WebsetSearchScopeItemRelationship": ".webset_search_scope_item_relationship",
    "WebsetSearchScopeItemSource": ".webset_search_scope_item_source",
    "WebsetSearchUpdatedEvent": ".webset_search_updated_event",
    "WebsetSearchWebsetSearchStatus": ".webset_search_webset_search_status",
    "WebsetWebsetStatus": ".webset_webset_status",
    "WebsetsGetExpandItem": ".websets_get_expand_item",
    "CompanyDict": ".company",
    "PersonDict": ".person",
    "ArticleDict": ".article",
    "ResearchPaperDict": ".research_paper",
    "CustomDict": ".custom",
    "CreateCriterionParametersDict": ".create_criterion_parameters",
    "CreateEnrichmentParametersDict": ".create_enrichment_parameters",
    "CreateWebsetParametersDict": ".create_webset_parameters",
    "WebsetSearchDict": ".webset_search",
    "ImportDict": ".import_",
    "WebsetEnrichmentDict": ".webset_enrichment",
    "MonitorRunDict": ".monitor_run",
    "MonitorDict": ".monitor",
    "WebsetDict": ".webset",
    "WebsetItemPersonPropertiesDict": ".webset_item_person_properties",
    "WebsetItemCompanyPropertiesDict": ".webset_item_company_properties",
    "WebsetItemArticlePropertiesDict": ".webset_item_article_properties",
    "WebsetItemResearchPaperPropertiesDict": ".webset_item_research_paper_properties",
    "WebsetItemCustomPropertiesDict": ".webset_item_custom_properties",
    "WebsetItemEvaluationDict": ".webset_item_evaluation",
    "EnrichmentResultDict": ".enrichment_result",
    "WebsetItemDict": ".webset_item",
    "GetWebsetResponseDict": ".get_webset_response",
    "UpdateWebsetRequestDict": ".update_webset_request",
    "ListWebsetsResponseDict": ".list_websets_response",
    "PreviewWebsetParametersDict": ".preview_webset_parameters",
    "WebsetItemPreviewDict": ".webset_item_preview",
    "PreviewWebsetResponseDict": ".preview_webset_response",
    "ListWebsetItemResponseDict": ".list_webset_item_response",
    "UpdateEnrichmentParametersDict": ".update_enrichment_parameters",
    "CreateWebhookParametersDict": ".create_webhook_parameters",
    "WebhookDict": ".webhook",
    "UpdateWebhookParametersDict": ".update_webhook_parameters",
    "ListWebhooksResponseDict": ".list_webhooks_response",
    "WebhookAttemptDict": ".webhook_attempt",
    "ListWebhookAttemptsResponseDict": ".list_webhook_attempts_response",
    "WebsetCreatedEventDict": ".webset_created_event",
    "WebsetDeletedEventDict": ".webset_deleted_event",
    "WebsetIdleEventDict": ".webset_idle_event",
    "WebsetPausedEventDict": ".webset_paused_event",
    "WebsetItemCreatedEventDict": ".webset_item_created_event",
    "WebsetItemEnrichedEventDict": ".webset_item_enriched_event",
    "WebsetSearchCreatedEventDict": ".webset_search_created_event",
    "WebsetSearchUpdatedEventDict": ".webset_search_updated_event",
    "WebsetSearchCanceledEventDict": ".webset_search_canceled_event",
    "WebsetSearchCompletedEventDict": ".webset_search_completed_event",
    "ImportCreatedEventDict": ".import_created_event",
    "ImportCompletedEventDict": ".import_completed_event",
    "MonitorCreatedEventDict": ".monitor_created_event",
    "MonitorUpdatedEventDict": ".monitor_updated_event",
    "MonitorDeletedEventDict": ".monitor_deleted_event",
    "MonitorRunCreatedEventDict": ".monitor_run_created_event",
    "MonitorRunCompletedEventDict": ".monitor_run_completed_event",
    "ListEventsResponseDict": ".list_events_response",
    "CreateWebsetSearchParametersDict": ".create_webset_search_parameters",
    "CreateMonitorParametersDict": ".create_monitor_parameters",
    "ListMonitorsResponseDict": ".list_monitors_response",
    "MonitorCadenceDict": ".monitor_cadence",
    "MonitorBehaviorDict": ".monitor_behavior",
    "UpdateMonitorDict": ".update_monitor",
    "ListMonitorRunsResponseDict": ".list_monitor_runs_response",
    "CreateImportParametersDict": ".create_import_parameters",
    "CreateImportResponseDict": ".create_import_response",
    "ListImportsResponseDict": ".list_imports_response",
    "UpdateImportDict": ".update_import",
    "CreateEnrichmentParametersOptionsItemDict": ".create_enrichment_parameters_options_item",
    "CreateWebsetParametersSearchExcludeItemDict": ".create_webset_parameters_search_exclude_item",
    "CreateWebsetParametersSearchScopeItemRelationshipDict": ".create_webset_parameters_search_scope_item_relationship",
    "CreateWebsetParametersSearchScopeItemDict": ".create_webset_parameters_search_scope_item",
    "CreateWebsetParametersSearchDict": ".create_webset_parameters_search",
    "CreateWebsetParametersImportItemDict": ".create_webset_parameters_import_item",
    "CreateWebsetParametersExcludeItemDict": ".create_webset_parameters_exclude_item",
    "WebsetSearchCriteriaItemDict": ".webset_search_criteria_item",
    "WebsetSearchExcludeItemDict": ".webset_search_exclude_item",
    "WebsetSearchScopeItemRelationshipDict": ".webset_search_scope_item_relationship",
    "WebsetSearchScopeItemDict": ".webset_search_scope_item",
    "WebsetSearchProgressDict": ".webset_search_progress",
    "WebsetSearchRecallType0ExpectedBoundsDict": ".webset_search_recall_type_0_expected_bounds",
    "WebsetSearchRecallType0ExpectedDict": ".webset_search_recall_type_0_expected",
    "WebsetSearchRecallType0Dict": ".webset_search_recall_type_0",
    "WebsetEnrichmentOptionsType0ItemDict": ".webset_enrichment_options_type_0_item",
    "WebsetExcludesItemDict": ".webset_excludes_item",
    "WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFieldsDict": ".webset_item_person_properties_webset_item_person_properties_fields_webset_item_person_company_properties_fields",
    "WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsDict": ".webset_item_person_properties_webset_item_person_properties_fields",
    "WebsetItemCompanyPropertiesWebsetItemCompanyPropertiesFieldsDict": ".webset_item_company_properties_webset_item_company_properties_fields",
    "WebsetItemArticlePropertiesWebsetItemArticlePropertiesFieldsDict": ".webset_item_article_properties_webset_item_article_properties_fields",
    "WebsetItemResearchPaperPropertiesWebsetItemResearchPaperPropertiesFieldsDict": ".webset_item_research_paper_properties_webset_item_research_paper_properties_fields",
    "WebsetItemCustomPropertiesWebsetItemCustomPropertiesFieldsDict": ".webset_item_custom_properties_webset_item_custom_properties_fields",
    "WebsetItemEvaluationReferencesItemDict": ".webset_item_evaluation_references_item",
    "EnrichmentResultReferencesItemDict": ".enrichment_result_references_item",
    "PreviewWebsetParametersSearchDict": ".preview_webset_parameters_search",
    "PreviewWebsetResponseSearchCriteriaItemDict": ".preview_webset_response_search_criteria_item",
    "PreviewWebsetResponseSearchDict": ".preview_webset_response_search",
    "PreviewWebsetResponseEnrichmentsItemOptionsItemDict": ".preview_webset_response_enrichments_item_options_item",
    "PreviewWebsetResponseEnrichmentsItemDict": ".preview_webset_response_enrichments_item",
    "UpdateEnrichmentParametersOptionsItemDict": ".update_enrichment_parameters_options_item",
    "CreateWebsetSearchParametersExcludeItemDict": ".create_webset_search_parameters_exclude_item",
    "CreateWebsetSearchParametersScopeItemRelationshipDict": ".create_webset_search_parameters_scope_item_relationship",
    "CreateWebsetSearchParametersScopeItemDict": ".create_webset_search_parameters_scope_item",
    "CreateMonitorParametersCadenceDict": ".create_monitor_parameters_cadence",
    "CreateMonitorParametersBehaviorConfigCriteriaItemDict": ".create_monitor_parameters_behavior_config_criteria_item",
    "CreateMonitorParametersBehaviorConfigDict": ".create_monitor_parameters_behavior_config",
    "CreateMonitorParametersBehaviorDict": ".create_monitor_parameters_behavior",
    "MonitorBehaviorConfigCriteriaItemDict": ".monitor_behavior_config_criteria_item",
    "MonitorBehaviorConfigDict": ".monitor_behavior_config",
    "CreateImportParametersCsvDict": ".create_import_parameters_csv",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = (
    "Article",
    "ArticleDict",
    "Company",
    "CompanyDict",
    "CreateCriterionParameters",
    "CreateCriterionParametersDict",
    "CreateEnrichmentParameters",
    "CreateEnrichmentParametersDict",
    "CreateEnrichmentParametersFormat",
    "CreateEnrichmentParametersMetadata",
    "CreateEnrichmentParametersOptionsItem",
    "CreateEnrichmentParametersOptionsItemDict",
    "CreateImportParameters",
    "CreateImportParametersCsv",
    "CreateImportParametersCsvDict",
    "CreateImportParametersDict",
    "CreateImportParametersFormat",
    "CreateImportParametersMetadata",
    "CreateImportResponse",
    "CreateImportResponseDict",
    "CreateImportResponseFailedReasonType0",
    "CreateImportResponseFormat",
    "CreateImportResponseMetadata",
    "CreateImportResponseObject",
    "CreateImportResponseStatus",
    "CreateMonitorParameters",
    "CreateMonitorParametersBehavior",
    "CreateMonitorParametersBehaviorConfig",
    "CreateMonitorParametersBehaviorConfigBehavior",
    "CreateMonitorParametersBehaviorConfigCriteriaItem",
    "CreateMonitorParametersBehaviorConfigCriteriaItemDict",
    "CreateMonitorParametersBehaviorConfigDict",
    "CreateMonitorParametersBehaviorDict",
    "CreateMonitorParametersCadence",
    "CreateMonitorParametersCadenceDict",
    "CreateMonitorParametersDict",
    "CreateMonitorParametersMetadata",
    "CreateWebhookParameters",
    "CreateWebhookParametersDict",
    "CreateWebhookParametersMetadata",
    "CreateWebsetParameters",
    "CreateWebsetParametersDict",
    "CreateWebsetParametersExcludeItem",
    "CreateWebsetParametersExcludeItemDict",
    "CreateWebsetParametersExcludeItemSource",
    "CreateWebsetParametersImportItem",
    "CreateWebsetParametersImportItemDict",
    "CreateWebsetParametersImportItemSource",
    "CreateWebsetParametersMetadata",
    "CreateWebsetParametersSearch",
    "CreateWebsetParametersSearchDict",
    "CreateWebsetParametersSearchExcludeItem",
    "CreateWebsetParametersSearchExcludeItemDict",
    "CreateWebsetParametersSearchExcludeItemSource",
    "CreateWebsetParametersSearchScopeItem",
    "CreateWebsetParametersSearchScopeItemDict",
    "CreateWebsetParametersSearchScopeItemRelationship",
    "CreateWebsetParametersSearchScopeItemRelationshipDict",
    "CreateWebsetParametersSearchScopeItemSource",
    "CreateWebsetSearchParameters",
    "CreateWebsetSearchParametersDict",
    "CreateWebsetSearchParametersExcludeItem",
    "CreateWebsetSearchParametersExcludeItemDict",
    "CreateWebsetSearchParametersExcludeItemSource",
    "CreateWebsetSearchParametersMetadata",
    "CreateWebsetSearchParametersScopeItem",
    "CreateWebsetSearchParametersScopeItemDict",
    "CreateWebsetSearchParametersScopeItemRelationship",
    "CreateWebsetSearchParametersScopeItemRelationshipDict",
    "CreateWebsetSearchParametersScopeItemSource",
    "Custom",
    "CustomDict",
    "EnrichmentResult",
    "EnrichmentResultDict",
    "EnrichmentResultReferencesItem",
    "EnrichmentResultReferencesItemDict",
    "EnrichmentResultStatus",
    "EventType",
    "EventsListTypesItem",
    "GetWebsetResponse",
    "GetWebsetResponseDict",
    "Import",
    "ImportCompletedEvent",
    "ImportCompletedEventDict",
    "ImportCreatedEvent",
    "ImportCreatedEventDict",
    "ImportDict",
    "ImportFailedReasonType0",
    "ImportFormat",
    "ImportMetadata",
    "ImportObject",
    "ImportStatus",
    "ListEventsResponse",
    "ListEventsResponseDict",
    "ListImportsResponse",
    "ListImportsResponseDict",
    "ListMonitorRunsResponse",
    "ListMonitorRunsResponseDict",
    "ListMonitorsResponse",
    "ListMonitorsResponseDict",
    "ListWebhookAttemptsResponse",
    "ListWebhookAttemptsResponseDict",
    "ListWebhooksResponse",
    "ListWebhooksResponseDict",
    "ListWebsetItemResponse",
    "ListWebsetItemResponseDict",
    "ListWebsetsResponse",
    "ListWebsetsResponseDict",
    "Monitor",
    "MonitorBehavior",
    "MonitorBehaviorConfig",
    "MonitorBehaviorConfigBehavior",
    "MonitorBehaviorConfigCriteriaItem",
    "MonitorBehaviorConfigCriteriaItemDict",
    "MonitorBehaviorConfigDict",
    "MonitorBehaviorDict",
    "MonitorCadence",
    "MonitorCadenceDict",
    "MonitorCreatedEvent",
    "MonitorCreatedEventDict",
    "MonitorDeletedEvent",
    "MonitorDeletedEventDict",
    "MonitorDict",
    "MonitorMetadata",
    "MonitorObject",
    "MonitorRun",
    "MonitorRunCompletedEvent",
    "MonitorRunCompletedEventDict",
    "MonitorRunCreatedEvent",
    "MonitorRunCreatedEventDict",
    "MonitorRunDict",
    "MonitorRunObject",
    "MonitorRunStatus",
    "MonitorRunType",
    "MonitorStatus",
    "MonitorUpdatedEvent",
    "MonitorUpdatedEventDict",
    "Person",
    "PersonDict",
    "PreviewWebsetParameters",
    "PreviewWebsetParametersDict",
    "PreviewWebsetParametersSearch",
    "PreviewWebsetParametersSearchDict",
    "PreviewWebsetResponse",
    "PreviewWebsetResponseDict",
    "PreviewWebsetResponseEnrichmentsItem",
    "PreviewWebsetResponseEnrichmentsItemDict",
    "PreviewWebsetResponseEnrichmentsItemFormat",
    "PreviewWebsetResponseEnrichmentsItemOptionsItem",
    "PreviewWebsetResponseEnrichmentsItemOptionsItemDict",
    "PreviewWebsetResponseSearch",
    "PreviewWebsetResponseSearchCriteriaItem",
    "PreviewWebsetResponseSearchCriteriaItemDict",
    "PreviewWebsetResponseSearchDict",
    "ResearchPaper",
    "ResearchPaperDict",
    "UpdateEnrichmentParameters",
    "UpdateEnrichmentParametersDict",
    "UpdateEnrichmentParametersFormat",
    "UpdateEnrichmentParametersMetadataType0",
    "UpdateEnrichmentParametersOptionsItem",
    "UpdateEnrichmentParametersOptionsItemDict",
    "UpdateImport",
    "UpdateImportDict",
    "UpdateImportMetadata",
    "UpdateMonitor",
    "UpdateMonitorDict",
    "UpdateMonitorMetadata",
    "UpdateMonitorStatus",
    "UpdateWebhookParameters",
    "UpdateWebhookParametersDict",
    "UpdateWebhookParametersMetadata",
    "UpdateWebsetRequest",
    "UpdateWebsetRequestDict",
    "UpdateWebsetRequestMetadataType0",
    "Webhook",
    "WebhookAttempt",
    "WebhookAttemptDict",
    "WebhookAttemptEventType",
    "WebhookAttemptResponseHeaders",
    "WebhookDict",
    "WebhookMetadata",
    "WebhookWebhookStatus",
    "WebhooksAttemptsListEventType",
    "Webset",
    "WebsetCreatedEvent",
    "WebsetCreatedEventDict",
    "WebsetDeletedEvent",
    "WebsetDeletedEventDict",
    "WebsetDict",
    "WebsetEnrichment",
    "WebsetEnrichmentDict",
    "WebsetEnrichmentFormat",
    "WebsetEnrichmentMetadata",
    "WebsetEnrichmentOptionsType0Item",
    "WebsetEnrichmentOptionsType0ItemDict",
    "WebsetEnrichmentWebsetEnrichmentStatus",
    "WebsetExcludesItem",
    "WebsetExcludesItemDict",
    "WebsetExcludesItemSource",
    "WebsetIdleEvent",
    "WebsetIdleEventDict",
    "WebsetItem",
    "WebsetItemArticleProperties",
    "WebsetItemArticlePropertiesDict",
    "WebsetItemArticlePropertiesWebsetItemArticlePropertiesFields",
    "WebsetItemArticlePropertiesWebsetItemArticlePropertiesFieldsDict",
    "WebsetItemCompanyProperties",
    "WebsetItemCompanyPropertiesDict",
    "WebsetItemCompanyPropertiesWebsetItemCompanyPropertiesFields",
    "WebsetItemCompanyPropertiesWebsetItemCompanyPropertiesFieldsDict",
    "WebsetItemCreatedEvent",
    "WebsetItemCreatedEventDict",
    "WebsetItemCustomProperties",
    "WebsetItemCustomPropertiesDict",
    "WebsetItemCustomPropertiesWebsetItemCustomPropertiesFields",
    "WebsetItemCustomPropertiesWebsetItemCustomPropertiesFieldsDict",
    "WebsetItemDict",
    "WebsetItemEnrichedEvent",
    "WebsetItemEnrichedEventDict",
    "WebsetItemEvaluation",
    "WebsetItemEvaluationDict",
    "WebsetItemEvaluationReferencesItem",
    "WebsetItemEvaluationReferencesItemDict",
    "WebsetItemEvaluationSatisfied",
    "WebsetItemPersonProperties",
    "WebsetItemPersonPropertiesDict",
    "WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields",
    "WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsDict",
    "WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields",
    "WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFieldsDict",
    "WebsetItemPreview",
    "WebsetItemPreviewDict",
    "WebsetItemResearchPaperProperties",
    "WebsetItemResearchPaperPropertiesDict",
    "WebsetItemResearchPaperPropertiesWebsetItemResearchPaperPropertiesFields",
    "WebsetItemResearchPaperPropertiesWebsetItemResearchPaperPropertiesFieldsDict",
    "WebsetItemSource",
    "WebsetMetadata",
    "WebsetPausedEvent",
    "WebsetPausedEventDict",
    "WebsetSearch",
    "WebsetSearchBehavior",
    "WebsetSearchCanceledEvent",
    "WebsetSearchCanceledEventDict",
    "WebsetSearchCanceledReason",
    "WebsetSearchCompletedEvent",
    "WebsetSearchCompletedEventDict",
    "WebsetSearchCreatedEvent",
    "WebsetSearchCreatedEventDict",
    "WebsetSearchCriteriaItem",
    "WebsetSearchCriteriaItemDict",
    "WebsetSearchDict",
    "WebsetSearchExcludeItem",
    "WebsetSearchExcludeItemDict",
    "WebsetSearchExcludeItemSource",
    "WebsetSearchMetadata",
    "WebsetSearchProgress",
    "WebsetSearchProgressDict",
    "WebsetSearchRecallType0",
    "WebsetSearchRecallType0Dict",
    "WebsetSearchRecallType0Expected",
    "WebsetSearchRecallType0ExpectedBounds",
    "WebsetSearchRecallType0ExpectedBoundsDict",
    "WebsetSearchRecallType0ExpectedConfidence",
    "WebsetSearchRecallType0ExpectedDict",
    "WebsetSearchScopeItem",
    "WebsetSearchScopeItemDict",
    "WebsetSearchScopeItemRelationship",
    "WebsetSearchScopeItemRelationshipDict",
    "WebsetSearchScopeItemSource",
    "WebsetSearchUpdatedEvent",
    "WebsetSearchUpdatedEventDict",
    "WebsetSearchWebsetSearchStatus",
    "WebsetWebsetStatus",
    "WebsetsGetExpandItem",
)
