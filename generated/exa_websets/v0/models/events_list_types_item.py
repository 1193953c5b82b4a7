from apiwire._core import OpenStrEnum


class EventsListTypesItem(OpenStrEnum):
    IMPORT_COMPLETED = "import.completed"
    IMPORT_CREATED = "import.created"
    MONITOR_CREATED = "monitor.created"
    MONITOR_DELETED = "monitor.deleted"
    MONITOR_RUN_COMPLETED = "monitor.run.completed"
    MONITOR_RUN_CREATED = "monitor.run.created"
    MONITOR_UPDATED = "monitor.updated"
    WEBSET_CREATED = "webset.created"
    WEBSET_DELETED = "webset.deleted"
    WEBSET_EXPORT_COMPLETED = "webset.export.completed"
    WEBSET_EXPORT_CREATED = "webset.export.created"
    WEBSET_IDLE = "webset.idle"
    WEBSET_ITEM_CREATED = "webset.item.created"
    WEBSET_ITEM_ENRICHED = "webset.item.enriched"
    WEBSET_PAUSED = "webset.paused"
    WEBSET_SEARCH_CANCELED = "webset.search.canceled"
    WEBSET_SEARCH_COMPLETED = "webset.search.completed"
    WEBSET_SEARCH_CREATED = "webset.search.created"
    WEBSET_SEARCH_UPDATED = "webset.search.updated"

    def __str__(self) -> str:
        return str(self.value)
