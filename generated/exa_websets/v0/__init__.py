"""Websets API 0: ``Client`` and ``AsyncClient``, typed, one resource per group of operations.

Generated from the API's document by ``make generate``: do not edit. ``api`` holds the generated function
of each operation and ``models`` the generated models; ``client.raw`` is the generated client they take.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx
from apiwire import resources
from exa_websets import _client
from exa_websets._lib import imports, pagination

if TYPE_CHECKING:
    from . import api, models
    from .client import Client as RawClient
    from .models import (
        Article,
        ArticleDict,
        Company,
        CompanyDict,
        CreateCriterionParameters,
        CreateCriterionParametersDict,
        CreateEnrichmentParameters,
        CreateEnrichmentParametersDict,
        CreateEnrichmentParametersFormat,
        CreateEnrichmentParametersMetadata,
        CreateEnrichmentParametersOptionsItem,
        CreateEnrichmentParametersOptionsItemDict,
        CreateImportParameters,
        CreateImportParametersCsv,
        CreateImportParametersCsvDict,
        CreateImportParametersDict,
        CreateImportParametersFormat,
        CreateImportParametersMetadata,
        CreateImportResponse,
        CreateImportResponseDict,
        CreateImportResponseFailedReasonType0,
        CreateImportResponseFormat,
        CreateImportResponseMetadata,
        CreateImportResponseObject,
        CreateImportResponseStatus,
        CreateMonitorParameters,
        CreateMonitorParametersBehavior,
        CreateMonitorParametersBehaviorConfig,
        CreateMonitorParametersBehaviorConfigBehavior,
        CreateMonitorParametersBehaviorConfigCriteriaItem,
        CreateMonitorParametersBehaviorConfigCriteriaItemDict,
        CreateMonitorParametersBehaviorConfigDict,
        CreateMonitorParametersBehaviorDict,
        CreateMonitorParametersCadence,
        CreateMonitorParametersCadenceDict,
        CreateMonitorParametersDict,
        CreateMonitorParametersMetadata,
        CreateWebhookParameters,
        CreateWebhookParametersDict,
        CreateWebhookParametersMetadata,
        CreateWebsetParameters,
        CreateWebsetParametersDict,
        CreateWebsetParametersExcludeItem,
        CreateWebsetParametersExcludeItemDict,
        CreateWebsetParametersExcludeItemSource,
        CreateWebsetParametersImportItem,
        CreateWebsetParametersImportItemDict,
        CreateWebsetParametersImportItemSource,
        CreateWebsetParametersMetadata,
        CreateWebsetParametersSearch,
        CreateWebsetParametersSearchDict,
        CreateWebsetParametersSearchExcludeItem,
        CreateWebsetParametersSearchExcludeItemDict,
        CreateWebsetParametersSearchExcludeItemSource,
        CreateWebsetParametersSearchScopeItem,
        CreateWebsetParametersSearchScopeItemDict,
        CreateWebsetParametersSearchScopeItemRelationship,
        CreateWebsetParametersSearchScopeItemRelationshipDict,
        CreateWebsetParametersSearchScopeItemSource,
        CreateWebsetSearchParameters,
        CreateWebsetSearchParametersDict,
        CreateWebsetSearchParametersExcludeItem,
        CreateWebsetSearchParametersExcludeItemDict,
        CreateWebsetSearchParametersExcludeItemSource,
        CreateWebsetSearchParametersMetadata,
        CreateWebsetSearchParametersScopeItem,
        CreateWebsetSearchParametersScopeItemDict,
        CreateWebsetSearchParametersScopeItemRelationship,
        CreateWebsetSearchParametersScopeItemRelationshipDict,
        CreateWebsetSearchParametersScopeItemSource,
        Custom,
        CustomDict,
        EnrichmentResult,
        EnrichmentResultDict,
        EnrichmentResultReferencesItem,
        EnrichmentResultReferencesItemDict,
        EnrichmentResultStatus,
        EventsListTypesItem,
        EventType,
        GetWebsetResponse,
        GetWebsetResponseDict,
        Import,
        ImportCompletedEvent,
        ImportCompletedEventDict,
        ImportCreatedEvent,
        ImportCreatedEventDict,
        ImportDict,
        ImportFailedReasonType0,
        ImportFormat,
        ImportMetadata,
        ImportObject,
        ImportStatus,
        ListEventsResponse,
        ListEventsResponseDict,
        ListImportsResponse,
        ListImportsResponseDict,
        ListMonitorRunsResponse,
        ListMonitorRunsResponseDict,
        ListMonitorsResponse,
        ListMonitorsResponseDict,
        ListWebhookAttemptsResponse,
        ListWebhookAttemptsResponseDict,
        ListWebhooksResponse,
        ListWebhooksResponseDict,
        ListWebsetItemResponse,
        ListWebsetItemResponseDict,
        ListWebsetsResponse,
        ListWebsetsResponseDict,
        Monitor,
        MonitorBehavior,
        MonitorBehaviorConfig,
        MonitorBehaviorConfigBehavior,
        MonitorBehaviorConfigCriteriaItem,
        MonitorBehaviorConfigCriteriaItemDict,
        MonitorBehaviorConfigDict,
        MonitorBehaviorDict,
        MonitorCadence,
        MonitorCadenceDict,
        MonitorCreatedEvent,
        MonitorCreatedEventDict,
        MonitorDeletedEvent,
        MonitorDeletedEventDict,
        MonitorDict,
        MonitorMetadata,
        MonitorObject,
        MonitorRun,
        MonitorRunCompletedEvent,
        MonitorRunCompletedEventDict,
        MonitorRunCreatedEvent,
        MonitorRunCreatedEventDict,
        MonitorRunDict,
        MonitorRunObject,
        MonitorRunStatus,
        MonitorRunType,
        MonitorStatus,
        MonitorUpdatedEvent,
        MonitorUpdatedEventDict,
        Person,
        PersonDict,
        PreviewWebsetParameters,
        PreviewWebsetParametersDict,
        PreviewWebsetParametersSearch,
        PreviewWebsetParametersSearchDict,
        PreviewWebsetResponse,
        PreviewWebsetResponseDict,
        PreviewWebsetResponseEnrichmentsItem,
        PreviewWebsetResponseEnrichmentsItemDict,
        PreviewWebsetResponseEnrichmentsItemFormat,
        PreviewWebsetResponseEnrichmentsItemOptionsItem,
        PreviewWebsetResponseEnrichmentsItemOptionsItemDict,
        PreviewWebsetResponseSearch,
        PreviewWebsetResponseSearchCriteriaItem,
        PreviewWebsetResponseSearchCriteriaItemDict,
        PreviewWebsetResponseSearchDict,
        ResearchPaper,
        ResearchPaperDict,
        UpdateEnrichmentParameters,
        UpdateEnrichmentParametersDict,
        UpdateEnrichmentParametersFormat,
        UpdateEnrichmentParametersMetadataType0,
        UpdateEnrichmentParametersOptionsItem,
        UpdateEnrichmentParametersOptionsItemDict,
        UpdateImport,
        UpdateImportDict,
        UpdateImportMetadata,
        UpdateMonitor,
        UpdateMonitorDict,
        UpdateMonitorMetadata,
        UpdateMonitorStatus,
        UpdateWebhookParameters,
        UpdateWebhookParametersDict,
        UpdateWebhookParametersMetadata,
        UpdateWebsetRequest,
        UpdateWebsetRequestDict,
        UpdateWebsetRequestMetadataType0,
        Webhook,
        WebhookAttempt,
        WebhookAttemptDict,
        WebhookAttemptEventType,
        WebhookAttemptResponseHeaders,
        WebhookDict,
        WebhookMetadata,
        WebhooksAttemptsListEventType,
        WebhookWebhookStatus,
        Webset,
        WebsetCreatedEvent,
        WebsetCreatedEventDict,
        WebsetDeletedEvent,
        WebsetDeletedEventDict,
        WebsetDict,
        WebsetEnrichment,
        WebsetEnrichmentDict,
        WebsetEnrichmentFormat,
        WebsetEnrichmentMetadata,
        WebsetEnrichmentOptionsType0Item,
        WebsetEnrichmentOptionsType0ItemDict,
        WebsetEnrichmentWebsetEnrichmentStatus,
        WebsetExcludesItem,
        WebsetExcludesItemDict,
        WebsetExcludesItemSource,
        WebsetIdleEvent,
        WebsetIdleEventDict,
        WebsetItem,
        WebsetItemArticleProperties,
        WebsetItemArticlePropertiesDict,
        WebsetItemArticlePropertiesWebsetItemArticlePropertiesFields,
        WebsetItemArticlePropertiesWebsetItemArticlePropertiesFieldsDict,
        WebsetItemCompanyProperties,
        WebsetItemCompanyPropertiesDict,
        WebsetItemCompanyPropertiesWebsetItemCompanyPropertiesFields,
        WebsetItemCompanyPropertiesWebsetItemCompanyPropertiesFieldsDict,
        WebsetItemCreatedEvent,
        WebsetItemCreatedEventDict,
        WebsetItemCustomProperties,
        WebsetItemCustomPropertiesDict,
        WebsetItemCustomPropertiesWebsetItemCustomPropertiesFields,
        WebsetItemCustomPropertiesWebsetItemCustomPropertiesFieldsDict,
        WebsetItemDict,
        WebsetItemEnrichedEvent,
        WebsetItemEnrichedEventDict,
        WebsetItemEvaluation,
        WebsetItemEvaluationDict,
        WebsetItemEvaluationReferencesItem,
        WebsetItemEvaluationReferencesItemDict,
        WebsetItemEvaluationSatisfied,
        WebsetItemPersonProperties,
        WebsetItemPersonPropertiesDict,
        WebsetItemPersonPropertiesWebsetItemPersonPropertiesFields,
        WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsDict,
        WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFields,
        WebsetItemPersonPropertiesWebsetItemPersonPropertiesFieldsWebsetItemPersonCompanyPropertiesFieldsDict,
        WebsetItemPreview,
        WebsetItemPreviewDict,
        WebsetItemResearchPaperProperties,
        WebsetItemResearchPaperPropertiesDict,
        WebsetItemResearchPaperPropertiesWebsetItemResearchPaperPropertiesFields,
        WebsetItemResearchPaperPropertiesWebsetItemResearchPaperPropertiesFieldsDict,
        WebsetItemSource,
        WebsetMetadata,
        WebsetPausedEvent,
        WebsetPausedEventDict,
        WebsetSearch,
        WebsetSearchBehavior,
        WebsetSearchCanceledEvent,
        WebsetSearchCanceledEventDict,
        WebsetSearchCanceledReason,
        WebsetSearchCompletedEvent,
        WebsetSearchCompletedEventDict,
        WebsetSearchCreatedEvent,
        WebsetSearchCreatedEventDict,
        WebsetSearchCriteriaItem,
        WebsetSearchCriteriaItemDict,
        WebsetSearchDict,
        WebsetSearchExcludeItem,
        WebsetSearchExcludeItemDict,
        WebsetSearchExcludeItemSource,
        WebsetSearchMetadata,
        WebsetSearchProgress,
        WebsetSearchProgressDict,
        WebsetSearchRecallType0,
        WebsetSearchRecallType0Dict,
        WebsetSearchRecallType0Expected,
        WebsetSearchRecallType0ExpectedBounds,
        WebsetSearchRecallType0ExpectedBoundsDict,
        WebsetSearchRecallType0ExpectedConfidence,
        WebsetSearchRecallType0ExpectedDict,
        WebsetSearchScopeItem,
        WebsetSearchScopeItemDict,
        WebsetSearchScopeItemRelationship,
        WebsetSearchScopeItemRelationshipDict,
        WebsetSearchScopeItemSource,
        WebsetSearchUpdatedEvent,
        WebsetSearchUpdatedEventDict,
        WebsetSearchWebsetSearchStatus,
        WebsetsGetExpandItem,
        WebsetWebsetStatus,
    )

API_VERSION = "0"

__all__ = ["API_VERSION", "OPERATIONS", "AsyncClient", "Client", "api", "models"]


def __getattr__(name: str) -> object:
    # `api` and `models` load on first use: importing every model costs start-up time.
    if name in ("api", "models"):
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Each operation (operationId in snake_case) -> the resource and public method that call it (a private
# method's hand-written wrapper: `_start` is called by `start`).
OPERATIONS: dict[str, tuple[str, str]] = {
    "websets_enrichments_cancel": ("enrichments", "cancel"),
    "websets_enrichments_create": ("enrichments", "create"),
    "websets_enrichments_delete": ("enrichments", "delete"),
    "websets_enrichments_get": ("enrichments", "get"),
    "websets_enrichments_update": ("enrichments", "update"),
    "events_get": ("events", "get"),
    "events_list": ("events", "list"),
    "imports_create": ("imports", "create"),
    "imports_delete": ("imports", "delete"),
    "imports_get": ("imports", "get"),
    "imports_list": ("imports", "list"),
    "imports_update": ("imports", "update"),
    "websets_items_delete": ("items", "delete"),
    "websets_items_get": ("items", "get"),
    "websets_items_list": ("items", "list"),
    "monitors_create": ("monitors", "create"),
    "monitors_delete": ("monitors", "delete"),
    "monitors_get": ("monitors", "get"),
    "monitors_list": ("monitors", "list"),
    "monitors_runs_get": ("monitors", "get_run"),
    "monitors_runs_list": ("monitors", "list_runs"),
    "monitors_update": ("monitors", "update"),
    "websets_searches_cancel": ("searches", "cancel"),
    "websets_searches_create": ("searches", "create"),
    "websets_searches_get": ("searches", "get"),
    "webhooks_attempts_list": ("webhooks", "list_attempts"),
    "webhooks_create": ("webhooks", "create"),
    "webhooks_delete": ("webhooks", "delete"),
    "webhooks_get": ("webhooks", "get"),
    "webhooks_list": ("webhooks", "list"),
    "webhooks_update": ("webhooks", "update"),
    "websets_cancel": ("websets", "cancel"),
    "websets_create": ("websets", "create"),
    "websets_delete": ("websets", "delete"),
    "websets_get": ("websets", "get"),
    "websets_list": ("websets", "list"),
    "websets_preview": ("websets", "preview"),
    "websets_update": ("websets", "update"),
}


class Enrichments(resources.SyncResource):
    """``client.enrichments``: ``cancel``, ``create``, ``delete``, ``get``, ``update``."""

    def cancel(self, webset: str, id: str) -> WebsetEnrichment:
        """Cancel an Enrichment (``POST /v0/websets/{webset}/enrichments/{id}/cancel``).

        Stops an Enrichment's running work for good; it cannot be resumed.

        Args:
            webset: Webset id or externalId.
            id: Enrichment id.

        Returns:
            WebsetEnrichment: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.enrichments import websets_enrichments_cancel as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )

    @overload
    def create(
        self, webset: str, body: CreateEnrichmentParameters, /
    ) -> WebsetEnrichment: ...

    @overload
    def create(
        self,
        webset: str,
        /,
        *,
        description: str,
        format: CreateEnrichmentParametersFormat
        | Literal["text", "date", "number", "options", "email", "phone", "url"]
        | None = None,
        options: Sequence[
            CreateEnrichmentParametersOptionsItem
            | CreateEnrichmentParametersOptionsItemDict
        ]
        | None = None,
        metadata: CreateEnrichmentParametersMetadata | Mapping[str, Any] | None = None,
    ) -> WebsetEnrichment: ...

    def create(
        self,
        webset: str,
        body: CreateEnrichmentParameters | None = None,
        /,
        *,
        description: str | None = None,
        format: CreateEnrichmentParametersFormat
        | Literal["text", "date", "number", "options", "email", "phone", "url"]
        | None = None,
        options: Sequence[
            CreateEnrichmentParametersOptionsItem
            | CreateEnrichmentParametersOptionsItemDict
        ]
        | None = None,
        metadata: CreateEnrichmentParametersMetadata | Mapping[str, Any] | None = None,
    ) -> WebsetEnrichment:
        """Add an Enrichment (``POST /v0/websets/{webset}/enrichments``).

        Adds an Enrichment to a Webset.

        Args:
            webset: Webset id or externalId.
            body: The whole request as a ``CreateEnrichmentParameters``, instead of the keyword arguments below.
            description: What to find out about each Item, in plain language. Limits: 1 to 5000 characters.
                Required.
            format: Shape of the answer; chosen from the description when omitted.
            options: The choices the enrichment picks from, for the `options` format. Limits: 1 to 150 items.
            metadata: Your own string pairs, stored with the object.

        Returns:
            WebsetEnrichment: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.enrichments import websets_enrichments_create as _op

        fields = {
            "description": description,
            "format": format,
            "options": options,
            "metadata": metadata,
        }
        return _op._parse_success(self._send(_op._request(webset, body, fields)))

    def delete(self, webset: str, id: str) -> WebsetEnrichment:
        """Remove an Enrichment (``DELETE /v0/websets/{webset}/enrichments/{id}``).

        Removes an Enrichment: its running work stops and the results it produced are no longer served.

        Args:
            webset: Webset id or externalId.
            id: Enrichment id.

        Returns:
            WebsetEnrichment: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.enrichments import websets_enrichments_delete as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )

    def get(self, webset: str, id: str) -> WebsetEnrichment:
        """Read an Enrichment (``GET /v0/websets/{webset}/enrichments/{id}``).

        Args:
            webset: Webset id or externalId.
            id: Enrichment id.

        Returns:
            WebsetEnrichment: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.enrichments import websets_enrichments_get as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )

    @overload
    def update(
        self, webset: str, id: str, body: UpdateEnrichmentParameters, /
    ) -> None: ...

    @overload
    def update(
        self,
        webset: str,
        id: str,
        /,
        *,
        description: str | None = None,
        format: UpdateEnrichmentParametersFormat
        | Literal["text", "date", "number", "options", "email", "phone", "url"]
        | None = None,
        options: Sequence[
            UpdateEnrichmentParametersOptionsItem
            | UpdateEnrichmentParametersOptionsItemDict
        ]
        | None = None,
        metadata: None | UpdateEnrichmentParametersMetadataType0 = None,
    ) -> None: ...

    def update(
        self,
        webset: str,
        id: str,
        body: UpdateEnrichmentParameters | None = None,
        /,
        *,
        description: str | None = None,
        format: UpdateEnrichmentParametersFormat
        | Literal["text", "date", "number", "options", "email", "phone", "url"]
        | None = None,
        options: Sequence[
            UpdateEnrichmentParametersOptionsItem
            | UpdateEnrichmentParametersOptionsItemDict
        ]
        | None = None,
        metadata: None | UpdateEnrichmentParametersMetadataType0 = None,
    ) -> None:
        """Change an Enrichment (``PATCH /v0/websets/{webset}/enrichments/{id}``).

        Changes an Enrichment's settings.

        Args:
            webset: Not described by the spec.
            id: Not described by the spec.
            body: The whole request as a ``UpdateEnrichmentParameters``, instead of the keyword arguments below.
            description: What to find out about each Item, in plain language. Limits: 1 to 5000 characters.
            format: Shape of the answer; chosen from the description when omitted.
            options: The choices the enrichment picks from, for the `options` format. Limits: 1 to 150 items.
            metadata: Your own string pairs, stored with the object.

        Returns:
            None: the service answers with no body.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.enrichments import websets_enrichments_update as _op

        fields = {
            "description": description,
            "format": format,
            "options": options,
            "metadata": metadata,
        }
        return _op._parse_success(self._send(_op._request(webset, id, body, fields)))


class Events(resources.SyncResource):
    """``client.events``: ``get``, ``list``."""

    def get(
        self, id: str
    ) -> (
        ImportCompletedEvent
        | ImportCreatedEvent
        | MonitorCreatedEvent
        | MonitorDeletedEvent
        | MonitorRunCompletedEvent
        | MonitorRunCreatedEvent
        | MonitorUpdatedEvent
        | WebsetCreatedEvent
        | WebsetDeletedEvent
        | WebsetIdleEvent
        | WebsetItemCreatedEvent
        | WebsetItemEnrichedEvent
        | WebsetPausedEvent
        | WebsetSearchCanceledEvent
        | WebsetSearchCompletedEvent
        | WebsetSearchCreatedEvent
        | WebsetSearchUpdatedEvent
    ):
        """Read an event (``GET /v0/events/{id}``).

        One event. A Webhook delivers events as they happen.

        Args:
            id: Event id.

        Returns:
            ImportCompletedEvent | ImportCreatedEvent | MonitorCreatedEvent | MonitorDeletedEvent |
                MonitorRunCompletedEvent | MonitorRunCreatedEvent | MonitorUpdatedEvent | WebsetCreatedEvent |
                WebsetDeletedEvent | WebsetIdleEvent | WebsetItemCreatedEvent | WebsetItemEnrichedEvent |
                WebsetPausedEvent | WebsetSearchCanceledEvent | WebsetSearchCompletedEvent |
                WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No event has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.events import events_get as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def list(
        self,
        *,
        limit: float | None = None,
        types: builtins.list[EventsListTypesItem] | None = None,
        created_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
        page_size: int | None = None,
    ) -> pagination.SyncPager[
        ListEventsResponse,
        ImportCompletedEvent
        | ImportCreatedEvent
        | MonitorCreatedEvent
        | MonitorDeletedEvent
        | MonitorRunCompletedEvent
        | MonitorRunCreatedEvent
        | MonitorUpdatedEvent
        | WebsetCreatedEvent
        | WebsetDeletedEvent
        | WebsetIdleEvent
        | WebsetItemCreatedEvent
        | WebsetItemEnrichedEvent
        | WebsetPausedEvent
        | WebsetSearchCanceledEvent
        | WebsetSearchCompletedEvent
        | WebsetSearchCreatedEvent
        | WebsetSearchUpdatedEvent,
    ]:
        """List your events (``GET /v0/events``).

        One page of the events of your account; follow `nextCursor` for more.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            types: Only events of these kinds.
            created_before: Only events created at or before this ISO 8601 time (UTC).
            created_after: Only events created at or after this ISO 8601 time (UTC).
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 200); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.SyncPager[ListEventsResponse, ImportCompletedEvent | ImportCreatedEvent |
                MonitorCreatedEvent | MonitorDeletedEvent | MonitorRunCompletedEvent | MonitorRunCreatedEvent |
                MonitorUpdatedEvent | WebsetCreatedEvent | WebsetDeletedEvent | WebsetIdleEvent |
                WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent | WebsetSearchCanceledEvent |
                WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent]: iterate it
                (``for`` or ``async for``) for each ``ImportCompletedEvent | ImportCreatedEvent |
                MonitorCreatedEvent | MonitorDeletedEvent | MonitorRunCompletedEvent | MonitorRunCreatedEvent |
                MonitorUpdatedEvent | WebsetCreatedEvent | WebsetDeletedEvent | WebsetIdleEvent |
                WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent | WebsetSearchCanceledEvent |
                WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent``; its ``pages()``
                yields each ``ListEventsResponse``. Nothing is sent until iteration starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.events import events_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(
            limit=size,
            types=types,
            created_before=created_before,
            created_after=created_after,
        )  # checks the arguments now
        return pagination.SyncPager(
            lambda token: self.list_page(
                cursor=token,
                limit=size,
                types=types,
                created_before=created_before,
                created_after=created_after,
            ),
            lambda page: page.data,
            limit=limit,
        )

    def list_page(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        types: builtins.list[EventsListTypesItem] | None = None,
        created_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
    ) -> ListEventsResponse:
        """List your events (``GET /v0/events``).

        One page of the events of your account; follow `nextCursor` for more.

        Args:
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most events per page. The service's default: 25. Limits: 1 to 200.
            types: Only events of these kinds.
            created_before: Only events created at or before this ISO 8601 time (UTC).
            created_after: Only events created at or after this ISO 8601 time (UTC).

        Returns:
            ListEventsResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.events import events_list as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    cursor=cursor,
                    limit=limit,
                    types=types,
                    created_before=created_before,
                    created_after=created_after,
                )
            )
        )


class Imports(imports.SyncImports["Import", "CreateImportResponse"]):
    """``client.imports``: ``delete``, ``get``, ``list``, ``update``."""

    @staticmethod
    def _models() -> tuple[type[Import], type[CreateImportResponse]]:
        """The models the hand-written base works with (its type arguments), for building them at run time."""
        from .models import CreateImportResponse, Import

        return Import, CreateImportResponse

    def _create(self, **fields: Any) -> CreateImportResponse:
        """Start an Import (``POST /v0/imports``); wrapped by a hand-written method."""
        from .api.imports import imports_create as _op

        return _op._parse_success(self._send(_op._request(None, fields)))

    def delete(self, id: str) -> Import:
        """Remove an Import (``DELETE /v0/imports/{id}``).

        Removes an Import.

        Args:
            id: Import id.

        Returns:
            Import: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.imports import imports_delete as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def get(self, id: str) -> Import:
        """Read an Import (``GET /v0/imports/{id}``).

        One Import, with its status.

        Args:
            id: Import id.

        Returns:
            Import: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.imports import imports_get as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def list(
        self, *, limit: float | None = None, page_size: int | None = None
    ) -> pagination.SyncPager[ListImportsResponse, Import]:
        """List your Imports (``GET /v0/imports``).

        One page of your Imports; follow `nextCursor` for more.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 200); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.SyncPager[ListImportsResponse, Import]: iterate it (``for`` or ``async for``) for each
                ``Import``; its ``pages()`` yields each ``ListImportsResponse``. Nothing is sent until iteration
                starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.imports import imports_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(limit=size)  # checks the arguments now
        return pagination.SyncPager(
            lambda token: self.list_page(cursor=token, limit=size),
            lambda page: page.data,
            limit=limit,
        )

    def list_page(
        self, *, cursor: str | None = None, limit: float | None = None
    ) -> ListImportsResponse:
        """List your Imports (``GET /v0/imports``).

        One page of your Imports; follow `nextCursor` for more.

        Args:
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most Imports per page. The service's default: 25. Limits: 1 to 200.

        Returns:
            ListImportsResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.imports import imports_list as _op

        return _op._parse_success(
            self._send(_op._get_kwargs(cursor=cursor, limit=limit))
        )

    @overload
    def update(self, id: str, body: UpdateImport, /) -> Import: ...

    @overload
    def update(
        self,
        id: str,
        /,
        *,
        metadata: UpdateImportMetadata | Mapping[str, Any] | None = None,
        title: str | None = None,
    ) -> Import: ...

    def update(
        self,
        id: str,
        body: UpdateImport | None = None,
        /,
        *,
        metadata: UpdateImportMetadata | Mapping[str, Any] | None = None,
        title: str | None = None,
    ) -> Import:
        """Change an Import (``PATCH /v0/imports/{id}``).

        Changes an Import's title or metadata.

        Args:
            id: Import id.
            body: The whole request as a ``UpdateImport``, instead of the keyword arguments below.
            metadata: Not described by the spec.
            title: Not described by the spec.

        Returns:
            Import: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.imports import imports_update as _op

        fields = {
            "metadata": metadata,
            "title": title,
        }
        return _op._parse_success(self._send(_op._request(id, body, fields)))


class Items(resources.SyncResource):
    """``client.items``: ``delete``, ``get``, ``list``."""

    def delete(self, webset: str, id: str) -> WebsetItem:
        """Remove an Item (``DELETE /v0/websets/{webset}/items/{id}``).

        Removes an Item from its Webset and stops any enrichment of it.

        Args:
            webset: Webset id or externalId.
            id: Item id.

        Returns:
            WebsetItem: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.items import websets_items_delete as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )

    def get(self, webset: str, id: str) -> WebsetItem:
        """Read an Item (``GET /v0/websets/{webset}/items/{id}``).

        One Item of a Webset.

        Args:
            webset: Webset id or externalId.
            id: Item id.

        Returns:
            WebsetItem: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.items import websets_items_get as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )

    def list(
        self,
        webset: str,
        *,
        limit: float | None = None,
        source_id: str | None = None,
        page_size: int | None = None,
    ) -> pagination.SyncPager[ListWebsetItemResponse, WebsetItem]:
        """List a Webset's Items (``GET /v0/websets/{webset}/items``).

        One page of a Webset's Items; follow `nextCursor` for more.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            webset: Webset id or externalId.
            source_id: Only Items that came from this source.
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 100); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.SyncPager[ListWebsetItemResponse, WebsetItem]: iterate it (``for`` or ``async for``) for
                each ``WebsetItem``; its ``pages()`` yields each ``ListWebsetItemResponse``. Nothing is sent until
                iteration starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.items import websets_items_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(
            webset, limit=size, source_id=source_id
        )  # checks the arguments now
        return pagination.SyncPager(
            lambda token: self.list_page(
                webset, cursor=token, limit=size, source_id=source_id
            ),
            lambda page: page.data,
            limit=limit,
        )

    def list_page(
        self,
        webset: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        source_id: str | None = None,
    ) -> ListWebsetItemResponse:
        """List a Webset's Items (``GET /v0/websets/{webset}/items``).

        One page of a Webset's Items; follow `nextCursor` for more.

        Args:
            webset: Webset id or externalId.
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most Items per page. The service's default: 20. Limits: 1 to 100.
            source_id: Only Items that came from this source.

        Returns:
            ListWebsetItemResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.items import websets_items_list as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(webset, cursor=cursor, limit=limit, source_id=source_id)
            )
        )


class Monitors(resources.SyncResource):
    """``client.monitors``: ``create``, ``delete``, ``get``, ``list``, ``get_run``, ``list_runs``, ``update``."""

    @overload
    def create(self, body: CreateMonitorParameters, /) -> Monitor: ...

    @overload
    def create(
        self,
        /,
        *,
        webset_id: str,
        cadence: CreateMonitorParametersCadence | CreateMonitorParametersCadenceDict,
        behavior: CreateMonitorParametersBehavior | CreateMonitorParametersBehaviorDict,
        metadata: CreateMonitorParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Monitor: ...

    def create(
        self,
        body: CreateMonitorParameters | None = None,
        /,
        *,
        webset_id: str | None = None,
        cadence: CreateMonitorParametersCadence
        | CreateMonitorParametersCadenceDict
        | None = None,
        behavior: CreateMonitorParametersBehavior
        | CreateMonitorParametersBehaviorDict
        | None = None,
        metadata: CreateMonitorParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Monitor:
        """Schedule a Monitor (``POST /v0/monitors``).

        Schedules a Monitor that refreshes a Webset on a cron cadence, without further calls.

        Args:
            body: The whole request as a ``CreateMonitorParameters``, instead of the keyword arguments below.
            webset_id: Webset the Monitor refreshes. Required.
            cadence: The Monitor's schedule. Required.
            behavior: What the Monitor does when it runs. Required.
            metadata: Not described by the spec.

        Returns:
            Monitor: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors import monitors_create as _op

        fields = {
            "webset_id": webset_id,
            "cadence": cadence,
            "behavior": behavior,
            "metadata": metadata,
        }
        return _op._parse_success(self._send(_op._request(body, fields)))

    def delete(self, id: str) -> Monitor:
        """Remove a Monitor (``DELETE /v0/monitors/{id}``).

        Removes a Monitor; it will not run again.

        Args:
            id: Monitor id.

        Returns:
            Monitor: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors import monitors_delete as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def get(self, id: str) -> Monitor:
        """Read a Monitor (``GET /v0/monitors/{id}``).

        One Monitor.

        Args:
            id: Monitor id.

        Returns:
            Monitor: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors import monitors_get as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def list(
        self,
        *,
        limit: float | None = None,
        webset_id: str | None = None,
        page_size: int | None = None,
    ) -> pagination.SyncPager[ListMonitorsResponse, Monitor]:
        """List your Monitors (``GET /v0/monitors``).

        One page of your Monitors, optionally those of one Webset.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            webset_id: Only the Monitors of this Webset.
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 200); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.SyncPager[ListMonitorsResponse, Monitor]: iterate it (``for`` or ``async for``) for each
                ``Monitor``; its ``pages()`` yields each ``ListMonitorsResponse``. Nothing is sent until iteration
                starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors import monitors_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(limit=size, webset_id=webset_id)  # checks the arguments now
        return pagination.SyncPager(
            lambda token: self.list_page(cursor=token, limit=size, webset_id=webset_id),
            lambda page: page.data,
            limit=limit,
        )

    def list_page(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        webset_id: str | None = None,
    ) -> ListMonitorsResponse:
        """List your Monitors (``GET /v0/monitors``).

        One page of your Monitors, optionally those of one Webset.

        Args:
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most Monitors per page. The service's default: 25. Limits: 1 to 200.
            webset_id: Only the Monitors of this Webset.

        Returns:
            ListMonitorsResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors import monitors_list as _op

        return _op._parse_success(
            self._send(_op._get_kwargs(cursor=cursor, limit=limit, webset_id=webset_id))
        )

    def get_run(self, monitor: str, id: str) -> MonitorRun:
        """Read a Monitor run (``GET /v0/monitors/{monitor}/runs/{id}``).

        One run of a Monitor.

        Args:
            monitor: Monitor id.
            id: Not described by the spec.

        Returns:
            MonitorRun: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors_runs import monitors_runs_get as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    monitor,
                    id,
                )
            )
        )

    def list_runs(self, monitor: str) -> ListMonitorRunsResponse:
        """List a Monitor's runs (``GET /v0/monitors/{monitor}/runs``).

        One page of the runs of a Monitor.

        Args:
            monitor: Monitor id.

        Returns:
            ListMonitorRunsResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors_runs import monitors_runs_list as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    monitor,
                )
            )
        )

    @overload
    def update(self, id: str, body: UpdateMonitor, /) -> Monitor: ...

    @overload
    def update(
        self,
        id: str,
        /,
        *,
        status: UpdateMonitorStatus | Literal["enabled", "disabled"] | None = None,
        metadata: UpdateMonitorMetadata | Mapping[str, Any] | None = None,
        cadence: MonitorCadence | MonitorCadenceDict | None = None,
        behavior: MonitorBehavior | MonitorBehaviorDict | None = None,
    ) -> Monitor: ...

    def update(
        self,
        id: str,
        body: UpdateMonitor | None = None,
        /,
        *,
        status: UpdateMonitorStatus | Literal["enabled", "disabled"] | None = None,
        metadata: UpdateMonitorMetadata | Mapping[str, Any] | None = None,
        cadence: MonitorCadence | MonitorCadenceDict | None = None,
        behavior: MonitorBehavior | MonitorBehaviorDict | None = None,
    ) -> Monitor:
        """Change a Monitor (``PATCH /v0/monitors/{id}``).

        Changes a Monitor's settings.

        Args:
            id: Monitor id.
            body: The whole request as a ``UpdateMonitor``, instead of the keyword arguments below.
            status: Whether the Monitor runs.
            metadata: Not described by the spec.
            cadence: Not described by the spec.
            behavior: Not described by the spec.

        Returns:
            Monitor: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors import monitors_update as _op

        fields = {
            "status": status,
            "metadata": metadata,
            "cadence": cadence,
            "behavior": behavior,
        }
        return _op._parse_success(self._send(_op._request(id, body, fields)))


class Searches(resources.SyncResource):
    """``client.searches``: ``cancel``, ``create``, ``get``."""

    def cancel(self, webset: str, id: str) -> WebsetSearch:
        """Cancel a Search (``POST /v0/websets/{webset}/searches/{id}/cancel``).

        Stops one running Search (cancelling the Webset stops all of them).

        Args:
            webset: Webset id.
            id: Search id.

        Returns:
            WebsetSearch: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.searches import websets_searches_cancel as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )

    @overload
    def create(
        self, webset: str, body: CreateWebsetSearchParameters, /
    ) -> WebsetSearch: ...

    @overload
    def create(
        self,
        webset: str,
        /,
        *,
        count: float,
        query: str,
        entity: Article | Company | Custom | Person | ResearchPaper | None = None,
        criteria: Sequence[CreateCriterionParameters | CreateCriterionParametersDict]
        | None = None,
        exclude: Sequence[
            CreateWebsetSearchParametersExcludeItem
            | CreateWebsetSearchParametersExcludeItemDict
        ]
        | None = None,
        scope: Sequence[
            CreateWebsetSearchParametersScopeItem
            | CreateWebsetSearchParametersScopeItemDict
        ]
        | None = None,
        recall: bool | None = None,
        behavior: WebsetSearchBehavior | Literal["override", "append"] | None = None,
        metadata: CreateWebsetSearchParametersMetadata
        | Mapping[str, Any]
        | None = None,
    ) -> WebsetSearch: ...

    def create(
        self,
        webset: str,
        body: CreateWebsetSearchParameters | None = None,
        /,
        *,
        count: float | None = None,
        query: str | None = None,
        entity: Article | Company | Custom | Person | ResearchPaper | None = None,
        criteria: Sequence[CreateCriterionParameters | CreateCriterionParametersDict]
        | None = None,
        exclude: Sequence[
            CreateWebsetSearchParametersExcludeItem
            | CreateWebsetSearchParametersExcludeItemDict
        ]
        | None = None,
        scope: Sequence[
            CreateWebsetSearchParametersScopeItem
            | CreateWebsetSearchParametersScopeItemDict
        ]
        | None = None,
        recall: bool | None = None,
        behavior: WebsetSearchBehavior | Literal["override", "append"] | None = None,
        metadata: CreateWebsetSearchParametersMetadata
        | Mapping[str, Any]
        | None = None,
    ) -> WebsetSearch:
        """Start a Search (``POST /v0/websets/{webset}/searches``).

        Runs a new search on a Webset; by default the Items already found are checked against the new criteria.

        Args:
            webset: Webset id.
            body: The whole request as a ``CreateWebsetSearchParameters``, instead of the keyword arguments
                below.
            count: How many Items to aim for; fewer may be found for a hard query. Limits: at least 1. Required.
            query: What to find, in plain language; the more specific, the better the results. Limits: 1 to 5000
                characters. Required.
            entity: Not described by the spec.
            criteria: Conditions every Item is checked against. Derived from the query when omitted; give them
                only to override. Limits: 1 to 5 items.
            exclude: Imports or Websets whose results this search leaves out.
            scope: Imports this search looks within; matches found there join the Webset.
            recall: Whether to estimate how many matching results exist in all; the estimate appears in the
                Search's `recall`.
            behavior: Not described by the spec.
            metadata: Your own string pairs, stored with the object.

        Returns:
            WebsetSearch: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.searches import websets_searches_create as _op

        fields = {
            "count": count,
            "query": query,
            "entity": entity,
            "criteria": criteria,
            "exclude": exclude,
            "scope": scope,
            "recall": recall,
            "behavior": behavior,
            "metadata": metadata,
        }
        return _op._parse_success(self._send(_op._request(webset, body, fields)))

    def get(self, webset: str, id: str) -> WebsetSearch:
        """Read a Search (``GET /v0/websets/{webset}/searches/{id}``).

        One Search of a Webset.

        Args:
            webset: Webset id.
            id: Search id.

        Returns:
            WebsetSearch: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.searches import websets_searches_get as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )


class Webhooks(resources.SyncResource):
    """``client.webhooks``: ``list_attempts``, ``create``, ``delete``, ``get``, ``list``, ``update``."""

    def list_attempts(
        self,
        id: str,
        *,
        limit: float | None = None,
        event_type: WebhooksAttemptsListEventType | None = None,
        successful: bool | None = None,
        page_size: int | None = None,
    ) -> pagination.SyncPager[ListWebhookAttemptsResponse, WebhookAttempt]:
        """List a Webhook's delivery attempts (``GET /v0/webhooks/{id}/attempts``).

        One page of a Webhook's delivery attempts, newest first.

        Every item, across all pages, fetched as iteration reaches them; ``list_attempts_page`` fetches one
        page.

        Args:
            id: Webhook id.
            event_type: Only attempts that delivered this kind of event.
            successful: Only attempts that succeeded (true) or failed (false).
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 200); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.SyncPager[ListWebhookAttemptsResponse, WebhookAttempt]: iterate it (``for`` or ``async
                for``) for each ``WebhookAttempt``; its ``pages()`` yields each ``ListWebhookAttemptsResponse``.
                Nothing is sent until iteration starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks_attempts import webhooks_attempts_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(
            id, limit=size, event_type=event_type, successful=successful
        )  # checks the arguments now
        return pagination.SyncPager(
            lambda token: self.list_attempts_page(
                id,
                cursor=token,
                limit=size,
                event_type=event_type,
                successful=successful,
            ),
            lambda page: page.data,
            limit=limit,
        )

    def list_attempts_page(
        self,
        id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        event_type: WebhooksAttemptsListEventType | None = None,
        successful: bool | None = None,
    ) -> ListWebhookAttemptsResponse:
        """List a Webhook's delivery attempts (``GET /v0/webhooks/{id}/attempts``).

        One page of a Webhook's delivery attempts, newest first.

        Args:
            id: Webhook id.
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most attempts per page. The service's default: 25. Limits: 1 to 200.
            event_type: Only attempts that delivered this kind of event.
            successful: Only attempts that succeeded (true) or failed (false).

        Returns:
            ListWebhookAttemptsResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks_attempts import webhooks_attempts_list as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                    cursor=cursor,
                    limit=limit,
                    event_type=event_type,
                    successful=successful,
                )
            )
        )

    @overload
    def create(self, body: CreateWebhookParameters, /) -> Webhook: ...

    @overload
    def create(
        self,
        /,
        *,
        events: Sequence[
            EventType
            | Literal[
                "webset.created",
                "webset.deleted",
                "webset.paused",
                "webset.idle",
                "webset.search.created",
                "webset.search.canceled",
                "webset.search.completed",
                "webset.search.updated",
                "import.created",
                "import.completed",
                "webset.item.created",
                "webset.item.enriched",
                "monitor.created",
                "monitor.updated",
                "monitor.deleted",
                "monitor.run.created",
                "monitor.run.completed",
                "webset.export.created",
                "webset.export.completed",
            ]
        ],
        url: str,
        metadata: CreateWebhookParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Webhook: ...

    def create(
        self,
        body: CreateWebhookParameters | None = None,
        /,
        *,
        events: Sequence[
            EventType
            | Literal[
                "webset.created",
                "webset.deleted",
                "webset.paused",
                "webset.idle",
                "webset.search.created",
                "webset.search.canceled",
                "webset.search.completed",
                "webset.search.updated",
                "import.created",
                "import.completed",
                "webset.item.created",
                "webset.item.enriched",
                "monitor.created",
                "monitor.updated",
                "monitor.deleted",
                "monitor.run.created",
                "monitor.run.completed",
                "webset.export.created",
                "webset.export.completed",
            ]
        ]
        | None = None,
        url: str | None = None,
        metadata: CreateWebhookParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Webhook:
        """Register a Webhook (``POST /v0/webhooks``).

        Registers a URL that receives the chosen events as they happen. The answer carries the signing secret,
        shown only this once.

        Args:
            body: The whole request as a ``CreateWebhookParameters``, instead of the keyword arguments below.
            events: Kinds of event to deliver. Limits: 1 to 19 items. Required.
            url: Address the events are POSTed to. Required.
            metadata: Your own string pairs, stored with the object.

        Returns:
            Webhook: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks import webhooks_create as _op

        fields = {
            "events": events,
            "url": url,
            "metadata": metadata,
        }
        return _op._parse_success(self._send(_op._request(body, fields)))

    def delete(self, id: str) -> Webhook:
        """Remove a Webhook (``DELETE /v0/webhooks/{id}``).

        Removes a Webhook; deliveries stop at once and it cannot be restored.

        Args:
            id: Webhook id.

        Returns:
            Webhook: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No Webhook has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks import webhooks_delete as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def get(self, id: str) -> Webhook:
        """Read a Webhook (``GET /v0/webhooks/{id}``).

        One Webhook. Its secret is not included.

        Args:
            id: Webhook id.

        Returns:
            Webhook: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No Webhook has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks import webhooks_get as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def list(
        self, *, limit: float | None = None, page_size: int | None = None
    ) -> pagination.SyncPager[ListWebhooksResponse, Webhook]:
        """List your Webhooks (``GET /v0/webhooks``).

        One page of your Webhooks (up to 200 per page); follow `nextCursor` for more.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 200); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.SyncPager[ListWebhooksResponse, Webhook]: iterate it (``for`` or ``async for``) for each
                ``Webhook``; its ``pages()`` yields each ``ListWebhooksResponse``. Nothing is sent until iteration
                starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks import webhooks_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(limit=size)  # checks the arguments now
        return pagination.SyncPager(
            lambda token: self.list_page(cursor=token, limit=size),
            lambda page: page.data,
            limit=limit,
        )

    def list_page(
        self, *, cursor: str | None = None, limit: float | None = None
    ) -> ListWebhooksResponse:
        """List your Webhooks (``GET /v0/webhooks``).

        One page of your Webhooks (up to 200 per page); follow `nextCursor` for more.

        Args:
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most Webhooks per page. The service's default: 25. Limits: 1 to 200.

        Returns:
            ListWebhooksResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks import webhooks_list as _op

        return _op._parse_success(
            self._send(_op._get_kwargs(cursor=cursor, limit=limit))
        )

    @overload
    def update(self, id: str, body: UpdateWebhookParameters, /) -> Webhook: ...

    @overload
    def update(
        self,
        id: str,
        /,
        *,
        events: Sequence[
            EventType
            | Literal[
                "webset.created",
                "webset.deleted",
                "webset.paused",
                "webset.idle",
                "webset.search.created",
                "webset.search.canceled",
                "webset.search.completed",
                "webset.search.updated",
                "import.created",
                "import.completed",
                "webset.item.created",
                "webset.item.enriched",
                "monitor.created",
                "monitor.updated",
                "monitor.deleted",
                "monitor.run.created",
                "monitor.run.completed",
                "webset.export.created",
                "webset.export.completed",
            ]
        ]
        | None = None,
        url: str | None = None,
        metadata: UpdateWebhookParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Webhook: ...

    def update(
        self,
        id: str,
        body: UpdateWebhookParameters | None = None,
        /,
        *,
        events: Sequence[
            EventType
            | Literal[
                "webset.created",
                "webset.deleted",
                "webset.paused",
                "webset.idle",
                "webset.search.created",
                "webset.search.canceled",
                "webset.search.completed",
                "webset.search.updated",
                "import.created",
                "import.completed",
                "webset.item.created",
                "webset.item.enriched",
                "monitor.created",
                "monitor.updated",
                "monitor.deleted",
                "monitor.run.created",
                "monitor.run.completed",
                "webset.export.created",
                "webset.export.completed",
            ]
        ]
        | None = None,
        url: str | None = None,
        metadata: UpdateWebhookParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Webhook:
        """Change a Webhook (``PATCH /v0/webhooks/{id}``).

        Changes a Webhook's events, URL or metadata.

        Args:
            id: Webhook id.
            body: The whole request as a ``UpdateWebhookParameters``, instead of the keyword arguments below.
            events: Kinds of event to deliver. Limits: 1 to 19 items.
            url: Address the events are POSTed to.
            metadata: Your own string pairs, stored with the object.

        Returns:
            Webhook: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No Webhook has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks import webhooks_update as _op

        fields = {
            "events": events,
            "url": url,
            "metadata": metadata,
        }
        return _op._parse_success(self._send(_op._request(id, body, fields)))


class Websets(resources.SyncResource):
    """``client.websets``: ``cancel``, ``create``, ``delete``, ``get``, ``list``, ``preview``, ``update``."""

    def cancel(self, id: str) -> Webset:
        """Cancel a Webset's work (``POST /v0/websets/{id}/cancel``).

        Stops every search and enrichment running on a Webset, which becomes `idle`.

        Args:
            id: Webset id or externalId.

        Returns:
            Webset: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_cancel as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    @overload
    def create(self, body: CreateWebsetParameters, /) -> Webset: ...

    @overload
    def create(
        self,
        /,
        *,
        search: CreateWebsetParametersSearch
        | CreateWebsetParametersSearchDict
        | None = None,
        import_: Sequence[
            CreateWebsetParametersImportItem | CreateWebsetParametersImportItemDict
        ]
        | None = None,
        enrichments: Sequence[
            CreateEnrichmentParameters | CreateEnrichmentParametersDict
        ]
        | None = None,
        exclude: Sequence[
            CreateWebsetParametersExcludeItem | CreateWebsetParametersExcludeItemDict
        ]
        | None = None,
        external_id: str | None = None,
        metadata: CreateWebsetParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Webset: ...

    def create(
        self,
        body: CreateWebsetParameters | None = None,
        /,
        *,
        search: CreateWebsetParametersSearch
        | CreateWebsetParametersSearchDict
        | None = None,
        import_: Sequence[
            CreateWebsetParametersImportItem | CreateWebsetParametersImportItemDict
        ]
        | None = None,
        enrichments: Sequence[
            CreateEnrichmentParameters | CreateEnrichmentParametersDict
        ]
        | None = None,
        exclude: Sequence[
            CreateWebsetParametersExcludeItem | CreateWebsetParametersExcludeItemDict
        ]
        | None = None,
        external_id: str | None = None,
        metadata: CreateWebsetParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Webset:
        """Start a Webset (``POST /v0/websets``).

        Starts a Webset, optionally with a search, imports and enrichments; it begins working at once. An
        `externalId` lets you address it by your own id.

        Args:
            body: The whole request as a ``CreateWebsetParameters``, instead of the keyword arguments below.
            search: The first search of the new Webset.
            import_: Imports or Websets whose entities to load into the new Webset; a CSV import is staged, and
                its rows become Items through a search scoped to it.
            enrichments: Enrichments to run on every Item found.
            exclude: Imports or Websets whose results every search and import of this Webset leaves out.
            external_id: Your own id for the Webset, usable wherever its id is. Limits: at most 300 characters.
            metadata: Your own string pairs, stored with the object.

        Returns:
            Webset: the service's answer.

        Raises:
            exa_websets.errors.ConflictError: Status 409: Another Webset already has this externalId.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_create as _op

        fields = {
            "search": search,
            "import_": import_,
            "enrichments": enrichments,
            "exclude": exclude,
            "external_id": external_id,
            "metadata": metadata,
        }
        return _op._parse_success(self._send(_op._request(body, fields)))

    def delete(self, id: str) -> Webset:
        """Remove a Webset (``DELETE /v0/websets/{id}``).

        Removes a Webset with all of its Items; they cannot be read afterwards.

        Args:
            id: Webset id or externalId.

        Returns:
            Webset: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No Webset has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_delete as _op

        return _op._parse_success(
            self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def get(
        self, id: str, *, expand: builtins.list[WebsetsGetExpandItem] | None = None
    ) -> GetWebsetResponse:
        """Read a Webset (``GET /v0/websets/{id}``).

        Args:
            id: Webset id, or the externalId you gave it.
            expand: Related resources to include in the answer.

        Returns:
            GetWebsetResponse: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No Webset has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_get as _op

        return _op._parse_success(self._send(_op._get_kwargs(id, expand=expand)))

    def list(
        self, *, limit: float | None = None, page_size: int | None = None
    ) -> pagination.SyncPager[ListWebsetsResponse, Webset]:
        """List your Websets (``GET /v0/websets``).

        One page of your Websets; follow `nextCursor` for more.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 100); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.SyncPager[ListWebsetsResponse, Webset]: iterate it (``for`` or ``async for``) for each
                ``Webset``; its ``pages()`` yields each ``ListWebsetsResponse``. Nothing is sent until iteration
                starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(limit=size)  # checks the arguments now
        return pagination.SyncPager(
            lambda token: self.list_page(cursor=token, limit=size),
            lambda page: page.data,
            limit=limit,
        )

    def list_page(
        self, *, cursor: str | None = None, limit: float | None = None
    ) -> ListWebsetsResponse:
        """List your Websets (``GET /v0/websets``).

        One page of your Websets; follow `nextCursor` for more.

        Args:
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most Websets per page. The service's default: 25. Limits: 1 to 100.

        Returns:
            ListWebsetsResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_list as _op

        return _op._parse_success(
            self._send(_op._get_kwargs(cursor=cursor, limit=limit))
        )

    @overload
    def preview(self, body: PreviewWebsetParameters, /) -> PreviewWebsetResponse: ...

    @overload
    def preview(
        self,
        /,
        *,
        search: PreviewWebsetParametersSearch | PreviewWebsetParametersSearchDict,
    ) -> PreviewWebsetResponse: ...

    def preview(
        self,
        body: PreviewWebsetParameters | None = None,
        /,
        *,
        search: PreviewWebsetParametersSearch
        | PreviewWebsetParametersSearchDict
        | None = None,
    ) -> PreviewWebsetResponse:
        """Preview a query (``POST /v0/websets/preview``).

        Shows how a query would be broken down (entity, criteria, enrichments) before a Webset is created, and
        optionally a few sample items.

        Args:
            body: The whole request as a ``PreviewWebsetParameters``, instead of the keyword arguments below.
            search: Not described by the spec. Required.

        Returns:
            PreviewWebsetResponse: the service's answer.

        Raises:
            exa_websets.errors.UnprocessableEntityError: Status 422: No entity or criteria could be found in the
                query.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets_preview import websets_preview as _op

        fields = {
            "search": search,
        }
        return _op._parse_success(self._send(_op._request(body, fields)))

    @overload
    def update(self, id: str, body: UpdateWebsetRequest, /) -> Webset: ...

    @overload
    def update(
        self,
        id: str,
        /,
        *,
        metadata: None | UpdateWebsetRequestMetadataType0 = None,
    ) -> Webset: ...

    def update(
        self,
        id: str,
        body: UpdateWebsetRequest | None = None,
        /,
        *,
        metadata: None | UpdateWebsetRequestMetadataType0 = None,
    ) -> Webset:
        """Change a Webset (``POST /v0/websets/{id}``).

        Args:
            id: Webset id or externalId.
            body: The whole request as a ``UpdateWebsetRequest``, instead of the keyword arguments below.
            metadata: Your own string pairs, stored with the object.

        Returns:
            Webset: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No Webset has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_update as _op

        fields = {
            "metadata": metadata,
        }
        return _op._parse_success(self._send(_op._request(id, body, fields)))


class AsyncEnrichments(resources.AsyncResource):
    """``client.enrichments``: ``cancel``, ``create``, ``delete``, ``get``, ``update``."""

    async def cancel(self, webset: str, id: str) -> WebsetEnrichment:
        """Cancel an Enrichment (``POST /v0/websets/{webset}/enrichments/{id}/cancel``).

        Stops an Enrichment's running work for good; it cannot be resumed.

        Args:
            webset: Webset id or externalId.
            id: Enrichment id.

        Returns:
            WebsetEnrichment: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.enrichments import websets_enrichments_cancel as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )

    @overload
    async def create(
        self, webset: str, body: CreateEnrichmentParameters, /
    ) -> WebsetEnrichment: ...

    @overload
    async def create(
        self,
        webset: str,
        /,
        *,
        description: str,
        format: CreateEnrichmentParametersFormat
        | Literal["text", "date", "number", "options", "email", "phone", "url"]
        | None = None,
        options: Sequence[
            CreateEnrichmentParametersOptionsItem
            | CreateEnrichmentParametersOptionsItemDict
        ]
        | None = None,
        metadata: CreateEnrichmentParametersMetadata | Mapping[str, Any] | None = None,
    ) -> WebsetEnrichment: ...

    async def create(
        self,
        webset: str,
        body: CreateEnrichmentParameters | None = None,
        /,
        *,
        description: str | None = None,
        format: CreateEnrichmentParametersFormat
        | Literal["text", "date", "number", "options", "email", "phone", "url"]
        | None = None,
        options: Sequence[
            CreateEnrichmentParametersOptionsItem
            | CreateEnrichmentParametersOptionsItemDict
        ]
        | None = None,
        metadata: CreateEnrichmentParametersMetadata | Mapping[str, Any] | None = None,
    ) -> WebsetEnrichment:
        """Add an Enrichment (``POST /v0/websets/{webset}/enrichments``).

        Adds an Enrichment to a Webset.

        Args:
            webset: Webset id or externalId.
            body: The whole request as a ``CreateEnrichmentParameters``, instead of the keyword arguments below.
            description: What to find out about each Item, in plain language. Limits: 1 to 5000 characters.
                Required.
            format: Shape of the answer; chosen from the description when omitted.
            options: The choices the enrichment picks from, for the `options` format. Limits: 1 to 150 items.
            metadata: Your own string pairs, stored with the object.

        Returns:
            WebsetEnrichment: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.enrichments import websets_enrichments_create as _op

        fields = {
            "description": description,
            "format": format,
            "options": options,
            "metadata": metadata,
        }
        return _op._parse_success(await self._send(_op._request(webset, body, fields)))

    async def delete(self, webset: str, id: str) -> WebsetEnrichment:
        """Remove an Enrichment (``DELETE /v0/websets/{webset}/enrichments/{id}``).

        Removes an Enrichment: its running work stops and the results it produced are no longer served.

        Args:
            webset: Webset id or externalId.
            id: Enrichment id.

        Returns:
            WebsetEnrichment: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.enrichments import websets_enrichments_delete as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )

    async def get(self, webset: str, id: str) -> WebsetEnrichment:
        """Read an Enrichment (``GET /v0/websets/{webset}/enrichments/{id}``).

        Args:
            webset: Webset id or externalId.
            id: Enrichment id.

        Returns:
            WebsetEnrichment: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.enrichments import websets_enrichments_get as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )

    @overload
    async def update(
        self, webset: str, id: str, body: UpdateEnrichmentParameters, /
    ) -> None: ...

    @overload
    async def update(
        self,
        webset: str,
        id: str,
        /,
        *,
        description: str | None = None,
        format: UpdateEnrichmentParametersFormat
        | Literal["text", "date", "number", "options", "email", "phone", "url"]
        | None = None,
        options: Sequence[
            UpdateEnrichmentParametersOptionsItem
            | UpdateEnrichmentParametersOptionsItemDict
        ]
        | None = None,
        metadata: None | UpdateEnrichmentParametersMetadataType0 = None,
    ) -> None: ...

    async def update(
        self,
        webset: str,
        id: str,
        body: UpdateEnrichmentParameters | None = None,
        /,
        *,
        description: str | None = None,
        format: UpdateEnrichmentParametersFormat
        | Literal["text", "date", "number", "options", "email", "phone", "url"]
        | None = None,
        options: Sequence[
            UpdateEnrichmentParametersOptionsItem
            | UpdateEnrichmentParametersOptionsItemDict
        ]
        | None = None,
        metadata: None | UpdateEnrichmentParametersMetadataType0 = None,
    ) -> None:
        """Change an Enrichment (``PATCH /v0/websets/{webset}/enrichments/{id}``).

        Changes an Enrichment's settings.

        Args:
            webset: Not described by the spec.
            id: Not described by the spec.
            body: The whole request as a ``UpdateEnrichmentParameters``, instead of the keyword arguments below.
            description: What to find out about each Item, in plain language. Limits: 1 to 5000 characters.
            format: Shape of the answer; chosen from the description when omitted.
            options: The choices the enrichment picks from, for the `options` format. Limits: 1 to 150 items.
            metadata: Your own string pairs, stored with the object.

        Returns:
            None: the service answers with no body.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.enrichments import websets_enrichments_update as _op

        fields = {
            "description": description,
            "format": format,
            "options": options,
            "metadata": metadata,
        }
        return _op._parse_success(
            await self._send(_op._request(webset, id, body, fields))
        )


class AsyncEvents(resources.AsyncResource):
    """``client.events``: ``get``, ``list``."""

    async def get(
        self, id: str
    ) -> (
        ImportCompletedEvent
        | ImportCreatedEvent
        | MonitorCreatedEvent
        | MonitorDeletedEvent
        | MonitorRunCompletedEvent
        | MonitorRunCreatedEvent
        | MonitorUpdatedEvent
        | WebsetCreatedEvent
        | WebsetDeletedEvent
        | WebsetIdleEvent
        | WebsetItemCreatedEvent
        | WebsetItemEnrichedEvent
        | WebsetPausedEvent
        | WebsetSearchCanceledEvent
        | WebsetSearchCompletedEvent
        | WebsetSearchCreatedEvent
        | WebsetSearchUpdatedEvent
    ):
        """Read an event (``GET /v0/events/{id}``).

        One event. A Webhook delivers events as they happen.

        Args:
            id: Event id.

        Returns:
            ImportCompletedEvent | ImportCreatedEvent | MonitorCreatedEvent | MonitorDeletedEvent |
                MonitorRunCompletedEvent | MonitorRunCreatedEvent | MonitorUpdatedEvent | WebsetCreatedEvent |
                WebsetDeletedEvent | WebsetIdleEvent | WebsetItemCreatedEvent | WebsetItemEnrichedEvent |
                WebsetPausedEvent | WebsetSearchCanceledEvent | WebsetSearchCompletedEvent |
                WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No event has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.events import events_get as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def list(
        self,
        *,
        limit: float | None = None,
        types: builtins.list[EventsListTypesItem] | None = None,
        created_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
        page_size: int | None = None,
    ) -> pagination.AsyncPager[
        ListEventsResponse,
        ImportCompletedEvent
        | ImportCreatedEvent
        | MonitorCreatedEvent
        | MonitorDeletedEvent
        | MonitorRunCompletedEvent
        | MonitorRunCreatedEvent
        | MonitorUpdatedEvent
        | WebsetCreatedEvent
        | WebsetDeletedEvent
        | WebsetIdleEvent
        | WebsetItemCreatedEvent
        | WebsetItemEnrichedEvent
        | WebsetPausedEvent
        | WebsetSearchCanceledEvent
        | WebsetSearchCompletedEvent
        | WebsetSearchCreatedEvent
        | WebsetSearchUpdatedEvent,
    ]:
        """List your events (``GET /v0/events``).

        One page of the events of your account; follow `nextCursor` for more.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            types: Only events of these kinds.
            created_before: Only events created at or before this ISO 8601 time (UTC).
            created_after: Only events created at or after this ISO 8601 time (UTC).
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 200); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.AsyncPager[ListEventsResponse, ImportCompletedEvent | ImportCreatedEvent |
                MonitorCreatedEvent | MonitorDeletedEvent | MonitorRunCompletedEvent | MonitorRunCreatedEvent |
                MonitorUpdatedEvent | WebsetCreatedEvent | WebsetDeletedEvent | WebsetIdleEvent |
                WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent | WebsetSearchCanceledEvent |
                WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent]: iterate it
                (``for`` or ``async for``) for each ``ImportCompletedEvent | ImportCreatedEvent |
                MonitorCreatedEvent | MonitorDeletedEvent | MonitorRunCompletedEvent | MonitorRunCreatedEvent |
                MonitorUpdatedEvent | WebsetCreatedEvent | WebsetDeletedEvent | WebsetIdleEvent |
                WebsetItemCreatedEvent | WebsetItemEnrichedEvent | WebsetPausedEvent | WebsetSearchCanceledEvent |
                WebsetSearchCompletedEvent | WebsetSearchCreatedEvent | WebsetSearchUpdatedEvent``; its ``pages()``
                yields each ``ListEventsResponse``. Nothing is sent until iteration starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.events import events_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(
            limit=size,
            types=types,
            created_before=created_before,
            created_after=created_after,
        )  # checks the arguments now
        return pagination.AsyncPager(
            lambda token: self.list_page(
                cursor=token,
                limit=size,
                types=types,
                created_before=created_before,
                created_after=created_after,
            ),
            lambda page: page.data,
            limit=limit,
        )

    async def list_page(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        types: builtins.list[EventsListTypesItem] | None = None,
        created_before: datetime.datetime | None = None,
        created_after: datetime.datetime | None = None,
    ) -> ListEventsResponse:
        """List your events (``GET /v0/events``).

        One page of the events of your account; follow `nextCursor` for more.

        Args:
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most events per page. The service's default: 25. Limits: 1 to 200.
            types: Only events of these kinds.
            created_before: Only events created at or before this ISO 8601 time (UTC).
            created_after: Only events created at or after this ISO 8601 time (UTC).

        Returns:
            ListEventsResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.events import events_list as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    cursor=cursor,
                    limit=limit,
                    types=types,
                    created_before=created_before,
                    created_after=created_after,
                )
            )
        )


class AsyncImports(imports.AsyncImports["Import", "CreateImportResponse"]):
    """``client.imports``: ``delete``, ``get``, ``list``, ``update``."""

    @staticmethod
    def _models() -> tuple[type[Import], type[CreateImportResponse]]:
        """The models the hand-written base works with (its type arguments), for building them at run time."""
        from .models import CreateImportResponse, Import

        return Import, CreateImportResponse

    async def _create(self, **fields: Any) -> CreateImportResponse:
        """Start an Import (``POST /v0/imports``); wrapped by a hand-written method."""
        from .api.imports import imports_create as _op

        return _op._parse_success(await self._send(_op._request(None, fields)))

    async def delete(self, id: str) -> Import:
        """Remove an Import (``DELETE /v0/imports/{id}``).

        Removes an Import.

        Args:
            id: Import id.

        Returns:
            Import: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.imports import imports_delete as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    async def get(self, id: str) -> Import:
        """Read an Import (``GET /v0/imports/{id}``).

        One Import, with its status.

        Args:
            id: Import id.

        Returns:
            Import: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.imports import imports_get as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def list(
        self, *, limit: float | None = None, page_size: int | None = None
    ) -> pagination.AsyncPager[ListImportsResponse, Import]:
        """List your Imports (``GET /v0/imports``).

        One page of your Imports; follow `nextCursor` for more.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 200); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.AsyncPager[ListImportsResponse, Import]: iterate it (``for`` or ``async for``) for each
                ``Import``; its ``pages()`` yields each ``ListImportsResponse``. Nothing is sent until iteration
                starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.imports import imports_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(limit=size)  # checks the arguments now
        return pagination.AsyncPager(
            lambda token: self.list_page(cursor=token, limit=size),
            lambda page: page.data,
            limit=limit,
        )

    async def list_page(
        self, *, cursor: str | None = None, limit: float | None = None
    ) -> ListImportsResponse:
        """List your Imports (``GET /v0/imports``).

        One page of your Imports; follow `nextCursor` for more.

        Args:
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most Imports per page. The service's default: 25. Limits: 1 to 200.

        Returns:
            ListImportsResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.imports import imports_list as _op

        return _op._parse_success(
            await self._send(_op._get_kwargs(cursor=cursor, limit=limit))
        )

    @overload
    async def update(self, id: str, body: UpdateImport, /) -> Import: ...

    @overload
    async def update(
        self,
        id: str,
        /,
        *,
        metadata: UpdateImportMetadata | Mapping[str, Any] | None = None,
        title: str | None = None,
    ) -> Import: ...

    async def update(
        self,
        id: str,
        body: UpdateImport | None = None,
        /,
        *,
        metadata: UpdateImportMetadata | Mapping[str, Any] | None = None,
        title: str | None = None,
    ) -> Import:
        """Change an Import (``PATCH /v0/imports/{id}``).

        Changes an Import's title or metadata.

        Args:
            id: Import id.
            body: The whole request as a ``UpdateImport``, instead of the keyword arguments below.
            metadata: Not described by the spec.
            title: Not described by the spec.

        Returns:
            Import: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.imports import imports_update as _op

        fields = {
            "metadata": metadata,
            "title": title,
        }
        return _op._parse_success(await self._send(_op._request(id, body, fields)))


class AsyncItems(resources.AsyncResource):
    """``client.items``: ``delete``, ``get``, ``list``."""

    async def delete(self, webset: str, id: str) -> WebsetItem:
        """Remove an Item (``DELETE /v0/websets/{webset}/items/{id}``).

        Removes an Item from its Webset and stops any enrichment of it.

        Args:
            webset: Webset id or externalId.
            id: Item id.

        Returns:
            WebsetItem: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.items import websets_items_delete as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )

    async def get(self, webset: str, id: str) -> WebsetItem:
        """Read an Item (``GET /v0/websets/{webset}/items/{id}``).

        One Item of a Webset.

        Args:
            webset: Webset id or externalId.
            id: Item id.

        Returns:
            WebsetItem: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.items import websets_items_get as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )

    def list(
        self,
        webset: str,
        *,
        limit: float | None = None,
        source_id: str | None = None,
        page_size: int | None = None,
    ) -> pagination.AsyncPager[ListWebsetItemResponse, WebsetItem]:
        """List a Webset's Items (``GET /v0/websets/{webset}/items``).

        One page of a Webset's Items; follow `nextCursor` for more.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            webset: Webset id or externalId.
            source_id: Only Items that came from this source.
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 100); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.AsyncPager[ListWebsetItemResponse, WebsetItem]: iterate it (``for`` or ``async for``) for
                each ``WebsetItem``; its ``pages()`` yields each ``ListWebsetItemResponse``. Nothing is sent until
                iteration starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.items import websets_items_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(
            webset, limit=size, source_id=source_id
        )  # checks the arguments now
        return pagination.AsyncPager(
            lambda token: self.list_page(
                webset, cursor=token, limit=size, source_id=source_id
            ),
            lambda page: page.data,
            limit=limit,
        )

    async def list_page(
        self,
        webset: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        source_id: str | None = None,
    ) -> ListWebsetItemResponse:
        """List a Webset's Items (``GET /v0/websets/{webset}/items``).

        One page of a Webset's Items; follow `nextCursor` for more.

        Args:
            webset: Webset id or externalId.
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most Items per page. The service's default: 20. Limits: 1 to 100.
            source_id: Only Items that came from this source.

        Returns:
            ListWebsetItemResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.items import websets_items_list as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(webset, cursor=cursor, limit=limit, source_id=source_id)
            )
        )


class AsyncMonitors(resources.AsyncResource):
    """``client.monitors``: ``create``, ``delete``, ``get``, ``list``, ``get_run``, ``list_runs``, ``update``."""

    @overload
    async def create(self, body: CreateMonitorParameters, /) -> Monitor: ...

    @overload
    async def create(
        self,
        /,
        *,
        webset_id: str,
        cadence: CreateMonitorParametersCadence | CreateMonitorParametersCadenceDict,
        behavior: CreateMonitorParametersBehavior | CreateMonitorParametersBehaviorDict,
        metadata: CreateMonitorParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Monitor: ...

    async def create(
        self,
        body: CreateMonitorParameters | None = None,
        /,
        *,
        webset_id: str | None = None,
        cadence: CreateMonitorParametersCadence
        | CreateMonitorParametersCadenceDict
        | None = None,
        behavior: CreateMonitorParametersBehavior
        | CreateMonitorParametersBehaviorDict
        | None = None,
        metadata: CreateMonitorParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Monitor:
        """Schedule a Monitor (``POST /v0/monitors``).

        Schedules a Monitor that refreshes a Webset on a cron cadence, without further calls.

        Args:
            body: The whole request as a ``CreateMonitorParameters``, instead of the keyword arguments below.
            webset_id: Webset the Monitor refreshes. Required.
            cadence: The Monitor's schedule. Required.
            behavior: What the Monitor does when it runs. Required.
            metadata: Not described by the spec.

        Returns:
            Monitor: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors import monitors_create as _op

        fields = {
            "webset_id": webset_id,
            "cadence": cadence,
            "behavior": behavior,
            "metadata": metadata,
        }
        return _op._parse_success(await self._send(_op._request(body, fields)))

    async def delete(self, id: str) -> Monitor:
        """Remove a Monitor (``DELETE /v0/monitors/{id}``).

        Removes a Monitor; it will not run again.

        Args:
            id: Monitor id.

        Returns:
            Monitor: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors import monitors_delete as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    async def get(self, id: str) -> Monitor:
        """Read a Monitor (``GET /v0/monitors/{id}``).

        One Monitor.

        Args:
            id: Monitor id.

        Returns:
            Monitor: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors import monitors_get as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def list(
        self,
        *,
        limit: float | None = None,
        webset_id: str | None = None,
        page_size: int | None = None,
    ) -> pagination.AsyncPager[ListMonitorsResponse, Monitor]:
        """List your Monitors (``GET /v0/monitors``).

        One page of your Monitors, optionally those of one Webset.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            webset_id: Only the Monitors of this Webset.
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 200); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.AsyncPager[ListMonitorsResponse, Monitor]: iterate it (``for`` or ``async for``) for each
                ``Monitor``; its ``pages()`` yields each ``ListMonitorsResponse``. Nothing is sent until iteration
                starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors import monitors_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(limit=size, webset_id=webset_id)  # checks the arguments now
        return pagination.AsyncPager(
            lambda token: self.list_page(cursor=token, limit=size, webset_id=webset_id),
            lambda page: page.data,
            limit=limit,
        )

    async def list_page(
        self,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        webset_id: str | None = None,
    ) -> ListMonitorsResponse:
        """List your Monitors (``GET /v0/monitors``).

        One page of your Monitors, optionally those of one Webset.

        Args:
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most Monitors per page. The service's default: 25. Limits: 1 to 200.
            webset_id: Only the Monitors of this Webset.

        Returns:
            ListMonitorsResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors import monitors_list as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(cursor=cursor, limit=limit, webset_id=webset_id)
            )
        )

    async def get_run(self, monitor: str, id: str) -> MonitorRun:
        """Read a Monitor run (``GET /v0/monitors/{monitor}/runs/{id}``).

        One run of a Monitor.

        Args:
            monitor: Monitor id.
            id: Not described by the spec.

        Returns:
            MonitorRun: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors_runs import monitors_runs_get as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    monitor,
                    id,
                )
            )
        )

    async def list_runs(self, monitor: str) -> ListMonitorRunsResponse:
        """List a Monitor's runs (``GET /v0/monitors/{monitor}/runs``).

        One page of the runs of a Monitor.

        Args:
            monitor: Monitor id.

        Returns:
            ListMonitorRunsResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors_runs import monitors_runs_list as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    monitor,
                )
            )
        )

    @overload
    async def update(self, id: str, body: UpdateMonitor, /) -> Monitor: ...

    @overload
    async def update(
        self,
        id: str,
        /,
        *,
        status: UpdateMonitorStatus | Literal["enabled", "disabled"] | None = None,
        metadata: UpdateMonitorMetadata | Mapping[str, Any] | None = None,
        cadence: MonitorCadence | MonitorCadenceDict | None = None,
        behavior: MonitorBehavior | MonitorBehaviorDict | None = None,
    ) -> Monitor: ...

    async def update(
        self,
        id: str,
        body: UpdateMonitor | None = None,
        /,
        *,
        status: UpdateMonitorStatus | Literal["enabled", "disabled"] | None = None,
        metadata: UpdateMonitorMetadata | Mapping[str, Any] | None = None,
        cadence: MonitorCadence | MonitorCadenceDict | None = None,
        behavior: MonitorBehavior | MonitorBehaviorDict | None = None,
    ) -> Monitor:
        """Change a Monitor (``PATCH /v0/monitors/{id}``).

        Changes a Monitor's settings.

        Args:
            id: Monitor id.
            body: The whole request as a ``UpdateMonitor``, instead of the keyword arguments below.
            status: Whether the Monitor runs.
            metadata: Not described by the spec.
            cadence: Not described by the spec.
            behavior: Not described by the spec.

        Returns:
            Monitor: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.monitors import monitors_update as _op

        fields = {
            "status": status,
            "metadata": metadata,
            "cadence": cadence,
            "behavior": behavior,
        }
        return _op._parse_success(await self._send(_op._request(id, body, fields)))


class AsyncSearches(resources.AsyncResource):
    """``client.searches``: ``cancel``, ``create``, ``get``."""

    async def cancel(self, webset: str, id: str) -> WebsetSearch:
        """Cancel a Search (``POST /v0/websets/{webset}/searches/{id}/cancel``).

        Stops one running Search (cancelling the Webset stops all of them).

        Args:
            webset: Webset id.
            id: Search id.

        Returns:
            WebsetSearch: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.searches import websets_searches_cancel as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )

    @overload
    async def create(
        self, webset: str, body: CreateWebsetSearchParameters, /
    ) -> WebsetSearch: ...

    @overload
    async def create(
        self,
        webset: str,
        /,
        *,
        count: float,
        query: str,
        entity: Article | Company | Custom | Person | ResearchPaper | None = None,
        criteria: Sequence[CreateCriterionParameters | CreateCriterionParametersDict]
        | None = None,
        exclude: Sequence[
            CreateWebsetSearchParametersExcludeItem
            | CreateWebsetSearchParametersExcludeItemDict
        ]
        | None = None,
        scope: Sequence[
            CreateWebsetSearchParametersScopeItem
            | CreateWebsetSearchParametersScopeItemDict
        ]
        | None = None,
        recall: bool | None = None,
        behavior: WebsetSearchBehavior | Literal["override", "append"] | None = None,
        metadata: CreateWebsetSearchParametersMetadata
        | Mapping[str, Any]
        | None = None,
    ) -> WebsetSearch: ...

    async def create(
        self,
        webset: str,
        body: CreateWebsetSearchParameters | None = None,
        /,
        *,
        count: float | None = None,
        query: str | None = None,
        entity: Article | Company | Custom | Person | ResearchPaper | None = None,
        criteria: Sequence[CreateCriterionParameters | CreateCriterionParametersDict]
        | None = None,
        exclude: Sequence[
            CreateWebsetSearchParametersExcludeItem
            | CreateWebsetSearchParametersExcludeItemDict
        ]
        | None = None,
        scope: Sequence[
            CreateWebsetSearchParametersScopeItem
            | CreateWebsetSearchParametersScopeItemDict
        ]
        | None = None,
        recall: bool | None = None,
        behavior: WebsetSearchBehavior | Literal["override", "append"] | None = None,
        metadata: CreateWebsetSearchParametersMetadata
        | Mapping[str, Any]
        | None = None,
    ) -> WebsetSearch:
        """Start a Search (``POST /v0/websets/{webset}/searches``).

        Runs a new search on a Webset; by default the Items already found are checked against the new criteria.

        Args:
            webset: Webset id.
            body: The whole request as a ``CreateWebsetSearchParameters``, instead of the keyword arguments
                below.
            count: How many Items to aim for; fewer may be found for a hard query. Limits: at least 1. Required.
            query: What to find, in plain language; the more specific, the better the results. Limits: 1 to 5000
                characters. Required.
            entity: Not described by the spec.
            criteria: Conditions every Item is checked against. Derived from the query when omitted; give them
                only to override. Limits: 1 to 5 items.
            exclude: Imports or Websets whose results this search leaves out.
            scope: Imports this search looks within; matches found there join the Webset.
            recall: Whether to estimate how many matching results exist in all; the estimate appears in the
                Search's `recall`.
            behavior: Not described by the spec.
            metadata: Your own string pairs, stored with the object.

        Returns:
            WebsetSearch: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.searches import websets_searches_create as _op

        fields = {
            "count": count,
            "query": query,
            "entity": entity,
            "criteria": criteria,
            "exclude": exclude,
            "scope": scope,
            "recall": recall,
            "behavior": behavior,
            "metadata": metadata,
        }
        return _op._parse_success(await self._send(_op._request(webset, body, fields)))

    async def get(self, webset: str, id: str) -> WebsetSearch:
        """Read a Search (``GET /v0/websets/{webset}/searches/{id}``).

        One Search of a Webset.

        Args:
            webset: Webset id.
            id: Search id.

        Returns:
            WebsetSearch: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.searches import websets_searches_get as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    webset,
                    id,
                )
            )
        )


class AsyncWebhooks(resources.AsyncResource):
    """``client.webhooks``: ``list_attempts``, ``create``, ``delete``, ``get``, ``list``, ``update``."""

    def list_attempts(
        self,
        id: str,
        *,
        limit: float | None = None,
        event_type: WebhooksAttemptsListEventType | None = None,
        successful: bool | None = None,
        page_size: int | None = None,
    ) -> pagination.AsyncPager[ListWebhookAttemptsResponse, WebhookAttempt]:
        """List a Webhook's delivery attempts (``GET /v0/webhooks/{id}/attempts``).

        One page of a Webhook's delivery attempts, newest first.

        Every item, across all pages, fetched as iteration reaches them; ``list_attempts_page`` fetches one
        page.

        Args:
            id: Webhook id.
            event_type: Only attempts that delivered this kind of event.
            successful: Only attempts that succeeded (true) or failed (false).
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 200); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.AsyncPager[ListWebhookAttemptsResponse, WebhookAttempt]: iterate it (``for`` or ``async
                for``) for each ``WebhookAttempt``; its ``pages()`` yields each ``ListWebhookAttemptsResponse``.
                Nothing is sent until iteration starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks_attempts import webhooks_attempts_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(
            id, limit=size, event_type=event_type, successful=successful
        )  # checks the arguments now
        return pagination.AsyncPager(
            lambda token: self.list_attempts_page(
                id,
                cursor=token,
                limit=size,
                event_type=event_type,
                successful=successful,
            ),
            lambda page: page.data,
            limit=limit,
        )

    async def list_attempts_page(
        self,
        id: str,
        *,
        cursor: str | None = None,
        limit: float | None = None,
        event_type: WebhooksAttemptsListEventType | None = None,
        successful: bool | None = None,
    ) -> ListWebhookAttemptsResponse:
        """List a Webhook's delivery attempts (``GET /v0/webhooks/{id}/attempts``).

        One page of a Webhook's delivery attempts, newest first.

        Args:
            id: Webhook id.
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most attempts per page. The service's default: 25. Limits: 1 to 200.
            event_type: Only attempts that delivered this kind of event.
            successful: Only attempts that succeeded (true) or failed (false).

        Returns:
            ListWebhookAttemptsResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks_attempts import webhooks_attempts_list as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                    cursor=cursor,
                    limit=limit,
                    event_type=event_type,
                    successful=successful,
                )
            )
        )

    @overload
    async def create(self, body: CreateWebhookParameters, /) -> Webhook: ...

    @overload
    async def create(
        self,
        /,
        *,
        events: Sequence[
            EventType
            | Literal[
                "webset.created",
                "webset.deleted",
                "webset.paused",
                "webset.idle",
                "webset.search.created",
                "webset.search.canceled",
                "webset.search.completed",
                "webset.search.updated",
                "import.created",
                "import.completed",
                "webset.item.created",
                "webset.item.enriched",
                "monitor.created",
                "monitor.updated",
                "monitor.deleted",
                "monitor.run.created",
                "monitor.run.completed",
                "webset.export.created",
                "webset.export.completed",
            ]
        ],
        url: str,
        metadata: CreateWebhookParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Webhook: ...

    async def create(
        self,
        body: CreateWebhookParameters | None = None,
        /,
        *,
        events: Sequence[
            EventType
            | Literal[
                "webset.created",
                "webset.deleted",
                "webset.paused",
                "webset.idle",
                "webset.search.created",
                "webset.search.canceled",
                "webset.search.completed",
                "webset.search.updated",
                "import.created",
                "import.completed",
                "webset.item.created",
                "webset.item.enriched",
                "monitor.created",
                "monitor.updated",
                "monitor.deleted",
                "monitor.run.created",
                "monitor.run.completed",
                "webset.export.created",
                "webset.export.completed",
            ]
        ]
        | None = None,
        url: str | None = None,
        metadata: CreateWebhookParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Webhook:
        """Register a Webhook (``POST /v0/webhooks``).

        Registers a URL that receives the chosen events as they happen. The answer carries the signing secret,
        shown only this once.

        Args:
            body: The whole request as a ``CreateWebhookParameters``, instead of the keyword arguments below.
            events: Kinds of event to deliver. Limits: 1 to 19 items. Required.
            url: Address the events are POSTed to. Required.
            metadata: Your own string pairs, stored with the object.

        Returns:
            Webhook: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks import webhooks_create as _op

        fields = {
            "events": events,
            "url": url,
            "metadata": metadata,
        }
        return _op._parse_success(await self._send(_op._request(body, fields)))

    async def delete(self, id: str) -> Webhook:
        """Remove a Webhook (``DELETE /v0/webhooks/{id}``).

        Removes a Webhook; deliveries stop at once and it cannot be restored.

        Args:
            id: Webhook id.

        Returns:
            Webhook: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No Webhook has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks import webhooks_delete as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    async def get(self, id: str) -> Webhook:
        """Read a Webhook (``GET /v0/webhooks/{id}``).

        One Webhook. Its secret is not included.

        Args:
            id: Webhook id.

        Returns:
            Webhook: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No Webhook has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks import webhooks_get as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    def list(
        self, *, limit: float | None = None, page_size: int | None = None
    ) -> pagination.AsyncPager[ListWebhooksResponse, Webhook]:
        """List your Webhooks (``GET /v0/webhooks``).

        One page of your Webhooks (up to 200 per page); follow `nextCursor` for more.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 200); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.AsyncPager[ListWebhooksResponse, Webhook]: iterate it (``for`` or ``async for``) for each
                ``Webhook``; its ``pages()`` yields each ``ListWebhooksResponse``. Nothing is sent until iteration
                starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks import webhooks_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(limit=size)  # checks the arguments now
        return pagination.AsyncPager(
            lambda token: self.list_page(cursor=token, limit=size),
            lambda page: page.data,
            limit=limit,
        )

    async def list_page(
        self, *, cursor: str | None = None, limit: float | None = None
    ) -> ListWebhooksResponse:
        """List your Webhooks (``GET /v0/webhooks``).

        One page of your Webhooks (up to 200 per page); follow `nextCursor` for more.

        Args:
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most Webhooks per page. The service's default: 25. Limits: 1 to 200.

        Returns:
            ListWebhooksResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks import webhooks_list as _op

        return _op._parse_success(
            await self._send(_op._get_kwargs(cursor=cursor, limit=limit))
        )

    @overload
    async def update(self, id: str, body: UpdateWebhookParameters, /) -> Webhook: ...

    @overload
    async def update(
        self,
        id: str,
        /,
        *,
        events: Sequence[
            EventType
            | Literal[
                "webset.created",
                "webset.deleted",
                "webset.paused",
                "webset.idle",
                "webset.search.created",
                "webset.search.canceled",
                "webset.search.completed",
                "webset.search.updated",
                "import.created",
                "import.completed",
                "webset.item.created",
                "webset.item.enriched",
                "monitor.created",
                "monitor.updated",
                "monitor.deleted",
                "monitor.run.created",
                "monitor.run.completed",
                "webset.export.created",
                "webset.export.completed",
            ]
        ]
        | None = None,
        url: str | None = None,
        metadata: UpdateWebhookParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Webhook: ...

    async def update(
        self,
        id: str,
        body: UpdateWebhookParameters | None = None,
        /,
        *,
        events: Sequence[
            EventType
            | Literal[
                "webset.created",
                "webset.deleted",
                "webset.paused",
                "webset.idle",
                "webset.search.created",
                "webset.search.canceled",
                "webset.search.completed",
                "webset.search.updated",
                "import.created",
                "import.completed",
                "webset.item.created",
                "webset.item.enriched",
                "monitor.created",
                "monitor.updated",
                "monitor.deleted",
                "monitor.run.created",
                "monitor.run.completed",
                "webset.export.created",
                "webset.export.completed",
            ]
        ]
        | None = None,
        url: str | None = None,
        metadata: UpdateWebhookParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Webhook:
        """Change a Webhook (``PATCH /v0/webhooks/{id}``).

        Changes a Webhook's events, URL or metadata.

        Args:
            id: Webhook id.
            body: The whole request as a ``UpdateWebhookParameters``, instead of the keyword arguments below.
            events: Kinds of event to deliver. Limits: 1 to 19 items.
            url: Address the events are POSTed to.
            metadata: Your own string pairs, stored with the object.

        Returns:
            Webhook: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No Webhook has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.webhooks import webhooks_update as _op

        fields = {
            "events": events,
            "url": url,
            "metadata": metadata,
        }
        return _op._parse_success(await self._send(_op._request(id, body, fields)))


class AsyncWebsets(resources.AsyncResource):
    """``client.websets``: ``cancel``, ``create``, ``delete``, ``get``, ``list``, ``preview``, ``update``."""

    async def cancel(self, id: str) -> Webset:
        """Cancel a Webset's work (``POST /v0/websets/{id}/cancel``).

        Stops every search and enrichment running on a Webset, which becomes `idle`.

        Args:
            id: Webset id or externalId.

        Returns:
            Webset: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_cancel as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    @overload
    async def create(self, body: CreateWebsetParameters, /) -> Webset: ...

    @overload
    async def create(
        self,
        /,
        *,
        search: CreateWebsetParametersSearch
        | CreateWebsetParametersSearchDict
        | None = None,
        import_: Sequence[
            CreateWebsetParametersImportItem | CreateWebsetParametersImportItemDict
        ]
        | None = None,
        enrichments: Sequence[
            CreateEnrichmentParameters | CreateEnrichmentParametersDict
        ]
        | None = None,
        exclude: Sequence[
            CreateWebsetParametersExcludeItem | CreateWebsetParametersExcludeItemDict
        ]
        | None = None,
        external_id: str | None = None,
        metadata: CreateWebsetParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Webset: ...

    async def create(
        self,
        body: CreateWebsetParameters | None = None,
        /,
        *,
        search: CreateWebsetParametersSearch
        | CreateWebsetParametersSearchDict
        | None = None,
        import_: Sequence[
            CreateWebsetParametersImportItem | CreateWebsetParametersImportItemDict
        ]
        | None = None,
        enrichments: Sequence[
            CreateEnrichmentParameters | CreateEnrichmentParametersDict
        ]
        | None = None,
        exclude: Sequence[
            CreateWebsetParametersExcludeItem | CreateWebsetParametersExcludeItemDict
        ]
        | None = None,
        external_id: str | None = None,
        metadata: CreateWebsetParametersMetadata | Mapping[str, Any] | None = None,
    ) -> Webset:
        """Start a Webset (``POST /v0/websets``).

        Starts a Webset, optionally with a search, imports and enrichments; it begins working at once. An
        `externalId` lets you address it by your own id.

        Args:
            body: The whole request as a ``CreateWebsetParameters``, instead of the keyword arguments below.
            search: The first search of the new Webset.
            import_: Imports or Websets whose entities to load into the new Webset; a CSV import is staged, and
                its rows become Items through a search scoped to it.
            enrichments: Enrichments to run on every Item found.
            exclude: Imports or Websets whose results every search and import of this Webset leaves out.
            external_id: Your own id for the Webset, usable wherever its id is. Limits: at most 300 characters.
            metadata: Your own string pairs, stored with the object.

        Returns:
            Webset: the service's answer.

        Raises:
            exa_websets.errors.ConflictError: Status 409: Another Webset already has this externalId.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_create as _op

        fields = {
            "search": search,
            "import_": import_,
            "enrichments": enrichments,
            "exclude": exclude,
            "external_id": external_id,
            "metadata": metadata,
        }
        return _op._parse_success(await self._send(_op._request(body, fields)))

    async def delete(self, id: str) -> Webset:
        """Remove a Webset (``DELETE /v0/websets/{id}``).

        Removes a Webset with all of its Items; they cannot be read afterwards.

        Args:
            id: Webset id or externalId.

        Returns:
            Webset: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No Webset has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_delete as _op

        return _op._parse_success(
            await self._send(
                _op._get_kwargs(
                    id,
                )
            )
        )

    async def get(
        self, id: str, *, expand: builtins.list[WebsetsGetExpandItem] | None = None
    ) -> GetWebsetResponse:
        """Read a Webset (``GET /v0/websets/{id}``).

        Args:
            id: Webset id, or the externalId you gave it.
            expand: Related resources to include in the answer.

        Returns:
            GetWebsetResponse: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No Webset has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_get as _op

        return _op._parse_success(await self._send(_op._get_kwargs(id, expand=expand)))

    def list(
        self, *, limit: float | None = None, page_size: int | None = None
    ) -> pagination.AsyncPager[ListWebsetsResponse, Webset]:
        """List your Websets (``GET /v0/websets``).

        One page of your Websets; follow `nextCursor` for more.

        Every item, across all pages, fetched as iteration reaches them; ``list_page`` fetches one page.

        Args:
            limit: The most items to yield in all, across every page; default: every item.
            page_size: How many items each request asks for (the API's own ``limit``; 1 to 100); default: no
                more than ``limit`` needs, else the service's page size.

        Returns:
            pagination.AsyncPager[ListWebsetsResponse, Webset]: iterate it (``for`` or ``async for``) for each
                ``Webset``; its ``pages()`` yields each ``ListWebsetsResponse``. Nothing is sent until iteration
                starts.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_list as _op

        size = pagination.page_size(pagination.check_limit(limit), page_size, _op)
        _op._get_kwargs(limit=size)  # checks the arguments now
        return pagination.AsyncPager(
            lambda token: self.list_page(cursor=token, limit=size),
            lambda page: page.data,
            limit=limit,
        )

    async def list_page(
        self, *, cursor: str | None = None, limit: float | None = None
    ) -> ListWebsetsResponse:
        """List your Websets (``GET /v0/websets``).

        One page of your Websets; follow `nextCursor` for more.

        Args:
            cursor: Where to resume: the `nextCursor` of the previous page. Limits: at least 1 characters.
            limit: Most Websets per page. The service's default: 25. Limits: 1 to 100.

        Returns:
            ListWebsetsResponse: the service's answer.

        Raises:
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_list as _op

        return _op._parse_success(
            await self._send(_op._get_kwargs(cursor=cursor, limit=limit))
        )

    @overload
    async def preview(
        self, body: PreviewWebsetParameters, /
    ) -> PreviewWebsetResponse: ...

    @overload
    async def preview(
        self,
        /,
        *,
        search: PreviewWebsetParametersSearch | PreviewWebsetParametersSearchDict,
    ) -> PreviewWebsetResponse: ...

    async def preview(
        self,
        body: PreviewWebsetParameters | None = None,
        /,
        *,
        search: PreviewWebsetParametersSearch
        | PreviewWebsetParametersSearchDict
        | None = None,
    ) -> PreviewWebsetResponse:
        """Preview a query (``POST /v0/websets/preview``).

        Shows how a query would be broken down (entity, criteria, enrichments) before a Webset is created, and
        optionally a few sample items.

        Args:
            body: The whole request as a ``PreviewWebsetParameters``, instead of the keyword arguments below.
            search: Not described by the spec. Required.

        Returns:
            PreviewWebsetResponse: the service's answer.

        Raises:
            exa_websets.errors.UnprocessableEntityError: Status 422: No entity or criteria could be found in the
                query.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets_preview import websets_preview as _op

        fields = {
            "search": search,
        }
        return _op._parse_success(await self._send(_op._request(body, fields)))

    @overload
    async def update(self, id: str, body: UpdateWebsetRequest, /) -> Webset: ...

    @overload
    async def update(
        self,
        id: str,
        /,
        *,
        metadata: None | UpdateWebsetRequestMetadataType0 = None,
    ) -> Webset: ...

    async def update(
        self,
        id: str,
        body: UpdateWebsetRequest | None = None,
        /,
        *,
        metadata: None | UpdateWebsetRequestMetadataType0 = None,
    ) -> Webset:
        """Change a Webset (``POST /v0/websets/{id}``).

        Args:
            id: Webset id or externalId.
            body: The whole request as a ``UpdateWebsetRequest``, instead of the keyword arguments below.
            metadata: Your own string pairs, stored with the object.

        Returns:
            Webset: the service's answer.

        Raises:
            exa_websets.errors.NotFoundError: Status 404: No Webset has this id.
            exa_websets.errors.ApiConnectionError: No response: the connection failed, was dropped or
                timed out (``ApiTimeoutError``).
            exa_websets.errors.ResponseValidationError: A success whose body is not the shape the spec
                gives.
            ValueError: An argument breaks a limit stated above; raised before anything is sent.
            TypeError: An argument is missing, misspelt or of the wrong kind; raised before anything is sent.
        """
        from .api.websets import websets_update as _op

        fields = {
            "metadata": metadata,
        }
        return _op._parse_success(await self._send(_op._request(id, body, fields)))


class Client(_client.SyncClient):
    """A blocking client of the API version 0: ``client.enrichments``, ``client.events``, ``client.imports``, ``client.items``, ``client.monitors``, ``client.searches``, ``client.webhooks``, ``client.websets`` (see ``__init__`` for the arguments).

    Use it as a context manager, or call ``close()``.
    """

    API_VERSION = API_VERSION

    @cached_property
    def enrichments(self) -> Enrichments:
        return Enrichments(self)

    @cached_property
    def events(self) -> Events:
        return Events(self)

    @cached_property
    def imports(self) -> Imports:
        return Imports(self)

    @cached_property
    def items(self) -> Items:
        return Items(self)

    @cached_property
    def monitors(self) -> Monitors:
        return Monitors(self)

    @cached_property
    def searches(self) -> Searches:
        return Searches(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        return Webhooks(self)

    @cached_property
    def websets(self) -> Websets:
        return Websets(self)

    @property
    def raw(self) -> RawClient:
        """The generated client of this version, for the functions in ``api``; it sends through this client."""
        from .client import Client as _RawClient

        return self._raw(_RawClient)


class AsyncClient(_client.AsyncClient):
    """An asyncio client of the API version 0: ``client.enrichments``, ``client.events``, ``client.imports``, ``client.items``, ``client.monitors``, ``client.searches``, ``client.webhooks``, ``client.websets`` (see ``__init__`` for the arguments).

    Use it with ``async with``, or await ``aclose()``.
    """

    API_VERSION = API_VERSION

    @cached_property
    def enrichments(self) -> AsyncEnrichments:
        return AsyncEnrichments(self)

    @cached_property
    def events(self) -> AsyncEvents:
        return AsyncEvents(self)

    @cached_property
    def imports(self) -> AsyncImports:
        return AsyncImports(self)

    @cached_property
    def items(self) -> AsyncItems:
        return AsyncItems(self)

    @cached_property
    def monitors(self) -> AsyncMonitors:
        return AsyncMonitors(self)

    @cached_property
    def searches(self) -> AsyncSearches:
        return AsyncSearches(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        return AsyncWebhooks(self)

    @cached_property
    def websets(self) -> AsyncWebsets:
        return AsyncWebsets(self)

    @property
    def raw(self) -> RawClient:
        """The generated client of this version, for the functions in ``api``; it sends through this client."""
        from .client import Client as _RawClient

        return self._raw(_RawClient)
