from apiwire._core import OpenStrEnum


class WebsetItemEvaluationSatisfied(OpenStrEnum):
    NO = "no"
    UNCLEAR = "unclear"
    YES = "yes"

    def __str__(self) -> str:
        return str(self.value)
