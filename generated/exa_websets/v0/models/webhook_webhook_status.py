from apiwire._core import OpenStrEnum


class WebhookWebhookStatus(OpenStrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
