"""The spec's request constraints, checked before anything is sent: what passes, and the message for what fails.

``check_arguments`` is what every generated request calls with its arguments by JSON name (and each
version's ``_constraints.OPERATIONS`` as the rules): these rules are written out here in the spec's own
words, so that each kind of rule is checked at its edges. The last tests go through generated clients.
"""

from __future__ import annotations

import re
import types
from collections.abc import Mapping
from typing import Any

import httpx
import pytest

from apiwire import _core
from pinecone_dataplane import v2026_04, v2026_07


def refused(rules: Mapping[str, Any], values: Mapping[str, Any], combinations: Any = ()) -> str:
    with pytest.raises(ValueError, match=r"must be|give") as caught:
        _core.check_arguments(rules, values, combinations)
    return str(caught.value)


def accepted(rules: Mapping[str, Any], values: Mapping[str, Any], combinations: Any = ()) -> None:
    _core.check_arguments(rules, values, combinations)


# ---------------------------------------------------------------- one value


@pytest.mark.parametrize(
    ("rule", "good", "bad", "message"),
    [
        (
            {"type": "string", "minLength": 1, "maxLength": 4},
            ["a", "abcd"],
            ["", "abcde"],
            "a non-empty string of at most 4 characters",
        ),
        ({"type": "string", "maxLength": 4}, ["", "abcd"], ["abcde"], "a string of at most 4 characters"),
        (
            {"type": "string", "minLength": 0, "maxLength": 4},
            ["", "abcd"],
            ["abcde"],
            "a string of at most 4 characters",
        ),
        ({"type": "string", "minLength": 2}, ["ab"], ["a"], "a string of at least 2 characters"),
        (
            {"type": "string", "minLength": 2, "maxLength": 3},
            ["ab", "abc"],
            ["a", "abcd"],
            "a string of 2 to 3 characters",
        ),
        ({"type": "string", "pattern": "^[a-z]+$"}, ["abc"], ["ab1", "A"], "a string matching ^[a-z]+$"),
        ({"type": "integer", "minimum": 1, "maximum": 100}, [1, 100], [0, 101], "an integer from 1 to 100"),
        ({"type": "integer", "minimum": 1}, [1, 10**9], [0, -5], "an integer of at least 1"),
        ({"type": "number", "maximum": 0.5}, [0.5, -3, 0], [0.51, 2], "a number of at most 0.5"),
        ({"type": "number", "minimum": 0, "maximum": 1}, [0, 1, 0.5], [-0.1, 1.1], "a number from 0 to 1"),
        ({"type": "array", "minItems": 1, "maxItems": 2}, [[1], [1, 2], (1,)], [[], [1, 2, 3]], None),
        ({"type": "object", "maxProperties": 1}, [{}, {"a": 1}], [{"a": 1, "b": 2}], "an object of at most 1 fields"),
        ({"type": "object", "minProperties": 1}, [{"a": 1}], [{}], "an object of at least 1 field"),
        ({"type": "boolean"}, [True, False], [1, "true"], "true or false"),
        ({"type": "string"}, ["x"], [1, ["x"], b"x"], "a string"),
        ({"type": "integer"}, [0, -1], [True, 1.5, "1"], "an integer"),
        ({"type": "number"}, [0, 1.5], [True, "1.5"], "a number"),
        ({"type": "array"}, [[], ()], ["ab", {"a": 1}], "of type array"),
        ({"type": "object"}, [{}, types.MappingProxyType({"a": 1})], [[("a", 1)]], "of type object"),
    ],
)
def test_each_kind_of_rule_passes_its_edges_and_names_what_it_accepts(
    rule: dict[str, Any], good: list[Any], bad: list[Any], message: str | None
) -> None:
    for value in good:
        accepted({"field": rule}, {"field": value})
    for value in bad:
        text = refused({"field": rule}, {"field": value})
        assert text.startswith("field must be "), text
        if message is not None:
            assert text.startswith(f"field must be {message}, got {value!r}"), text


def test_item_counts_are_named_in_the_singular_and_the_plural() -> None:
    assert refused({"v": {"type": "array", "minItems": 1}}, {"v": []}).startswith("v must be at least 1 item, got")
    assert refused({"v": {"type": "array", "minItems": 2}}, {"v": [1]}).startswith("v must be at least 2 items, got")
    assert refused({"v": {"type": "array", "maxItems": 1}}, {"v": [1, 2]}).startswith("v must be at most 1 items, got")


def test_a_bound_without_a_type_is_checked_as_a_number() -> None:
    assert refused({"n": {"maximum": 3}}, {"n": 4}) == "n must be a number of at most 3, got 4"
    accepted({"n": {"maximum": 3}}, {"n": 3})


def test_a_value_shown_in_a_message_is_cut_to_sixty_characters() -> None:
    rule = {"id": {"type": "string", "maxLength": 3}}
    text = refused(rule, {"id": "x" * 100})
    assert text.endswith("got '" + "x" * 56 + "...")
    assert refused(rule, {"id": "x" * 58}).endswith("got '" + "x" * 58 + "'")  # 60 with its quotes: shown whole


def test_a_value_of_none_is_not_sent_and_not_checked() -> None:
    accepted({"id": {"type": "string", "minLength": 1}}, {"id": None})
    accepted({"id": {"type": "string", "minLength": 1}}, {})


# ---------------------------------------------------------------- nested values


NESTED = {
    "vectors": {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {"id": {"type": "string", "minLength": 1}, "values": {"type": "array", "maxItems": 2}},
        },
    },
    "sparseVector": {"type": "object", "properties": {"indices": {"type": "array", "minItems": 1}}},
}


def test_a_nested_value_is_named_by_its_path_in_the_callers_spelling() -> None:
    vectors = [{"id": "a"}, None, {"id": "b", "values": [1, 2, 3]}]
    assert refused(NESTED, {"vectors": vectors}).startswith("vectors[2].values must be at most 2 items, got [1, 2, 3]")
    assert refused(NESTED, {"sparseVector": {"indices": []}}).startswith("sparse_vector.indices must be at least 1")
    assert refused(NESTED, {"vectors": [{"id": ""}]}).startswith("vectors[0].id must be a string of at least 1")


def test_the_fields_of_any_mapping_are_checked_not_only_of_a_dict() -> None:
    frozen = types.MappingProxyType({"indices": []})
    assert refused(NESTED, {"sparseVector": frozen}).startswith("sparse_vector.indices must be at least 1 item")
    assert refused(NESTED, {"vectors": (types.MappingProxyType({"id": ""}),)}).startswith("vectors[0].id")


def test_a_server_spells_names_as_the_json_does() -> None:
    with pytest.raises(ValueError, match=r"^sparseVector\.indices must be"):
        _core.check_arguments(NESTED, {"sparseVector": {"indices": []}}, spell=lambda name: name)


# ---------------------------------------------------------------- combinations


ONE_OF = {"oneOf": [{"required": ["ids"]}, {"required": ["filter"]}]}
ANY_OF = {"anyOf": [{"required": ["vector"]}, {"required": ["id"]}]}
NOT_BOTH = {"not": {"required": ["id", "vector"]}}
# As query's rules have it: each pair forbidden on its own.
NOT_EITHER_PAIR = {"not": {"anyOf": [{"required": ["id", "vector"]}, {"required": ["id", "sparse_vector"]}]}}


@pytest.mark.parametrize(
    ("combination", "good", "bad", "message"),
    [
        (
            ONE_OF,
            [{"ids": ["a"]}, {"filter": {"a": 1}}],
            [{}, {"ids": ["a"], "filter": {}}],
            "give exactly one of ids or filter",
        ),
        (ANY_OF, [{"vector": [1]}, {"id": "a"}, {"vector": [1], "id": "a"}], [{}, {"top_k": 1}], "give vector or id"),
        (
            NOT_BOTH,
            [{"id": "a"}, {"vector": [1]}, {}],
            [{"id": "a", "vector": [1]}],
            "do not give id and vector together",
        ),
        (
            NOT_EITHER_PAIR,
            [{"id": "a"}, {"vector": [1], "sparse_vector": {"indices": [1], "values": [1.0]}}],
            [{"id": "a", "vector": [1]}, {"id": "a", "sparse_vector": {"indices": [1], "values": [1.0]}}],
            "do not give id and vector together, nor id and sparse_vector together",
        ),
    ],
)
def test_combinations_of_arguments_name_the_arguments_in_them(
    combination: dict[str, Any], good: list[dict[str, Any]], bad: list[dict[str, Any]], message: str
) -> None:
    for values in good:
        accepted({}, values, [combination])
    for values in bad:
        assert refused({}, values, [combination]) == message


def test_a_combination_branch_holds_only_when_its_fields_meet_their_rules() -> None:
    everything = {
        "anyOf": [
            {"required": ["delete_all"], "properties": {"delete_all": {"enum": [True]}}},
            {"required": ["ids"], "properties": {"ids": {"minItems": 1, "maxItems": 2}}},
            {"required": ["labels"], "properties": {"labels": {"minProperties": 1, "maxProperties": 1}}},
        ]
    }
    for values in ({"delete_all": True}, {"ids": ["a"]}, {"ids": ["a", "b"]}, {"labels": {"a": 1}}):
        accepted({}, values, [everything])
    # An enum holds for its own value of its own type only: not False, not 1 for True.
    for values in ({"delete_all": False}, {"delete_all": 1}, {"ids": []}, {"ids": ["a", "b", "c"]}):
        assert refused({}, values, [everything]).startswith("give delete_all=True or a non-empty ids or"), values
    for values in ({"labels": {}}, {"labels": {"a": 1, "b": 2}}, {"labels": {"a": 1}, "delete_all": False}):
        if "delete_all" not in values:
            assert refused({}, values, [everything]).startswith("give"), values
    assert refused({}, {}, [everything]) == "give delete_all=True or a non-empty ids or a non-empty labels"


def test_all_of_and_nested_combinations_are_described() -> None:
    nested = {
        "not": {
            "allOf": [{"required": ["a"]}, {"required": ["b"]}],
            "anyOf": [{"required": ["c"]}, {"required": ["d"]}],
        }
    }
    accepted({}, {"a": 1, "c": 1}, [nested])
    accepted({}, {"a": 1, "b": 1}, [nested])
    assert refused({}, {"a": 1, "b": 1, "d": 1}, [nested]) == "do not give (c or d)"
    described = {"oneOf": [{"required": ["x"], "not": {"required": ["y"]}}, {"required": ["y"]}]}
    assert refused({}, {}, [described]) == "give exactly one of x without y or y"
    assert refused({}, {"z": 1}, [{"anyOf": [{"not": {"required": ["z"]}}]}]) == "give not z"


def test_a_combination_inside_a_field_is_named_by_the_field() -> None:
    rules = {"request": {"type": "object", "combinations": [ANY_OF]}}
    assert refused(rules, {"request": {}}) == "request: give vector or id"
    accepted(rules, {"request": {"id": "a"}})


# ---------------------------------------------------------------- through the generated clients


def sent(version: Any) -> tuple[Any, list[httpx.Request]]:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json={"matches": [], "namespace": ""})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return version.Client(host="h.io", api_key="k", http_client=http), requests


def test_a_generated_request_checks_its_arguments_before_sending_anything() -> None:
    client, requests = sent(v2026_04)
    with pytest.raises(ValueError, match=re.escape("top_k must be an integer from 1 to 10000, got 0")):
        client.vectors.query(top_k=0, vector=[0.5])
    with pytest.raises(ValueError, match=r"^id must be a string of at most 512 characters"):
        client.vectors.query(top_k=1, id="x" * 513)
    assert requests == []
    client.vectors.query(top_k=10000, vector=[0.5])
    assert len(requests) == 1


def test_a_2026_07_combination_is_checked_before_sending_anything() -> None:
    client, requests = sent(v2026_07)
    with pytest.raises(ValueError, match=r"do not give .*id and vector"):
        client.vectors.query(top_k=3, id="a", vector=[0.5])
    assert requests == []


def test_an_enum_holds_for_an_equal_value_not_only_the_same_object() -> None:
    rule = {"required": ["metric"], "properties": {"metric": {"enum": ["cosine", "dotproduct"]}}}
    built = "".join(["cos", "ine"])  # equal to the enum's "cosine", another object
    accepted({}, {"metric": built}, [{"anyOf": [rule]}])
    for wrong in ("euclidean", "zzz", "a"):
        assert refused({}, {"metric": wrong}, [{"anyOf": [rule]}]).startswith("give metric='cosine'/'dotproduct'")


def test_a_tuple_is_counted_as_a_list_of_items() -> None:
    rule = {"vector": {"type": "array", "minItems": 1, "maxItems": 2}}
    assert refused(rule, {"vector": ()}).startswith("vector must be at least 1 item, got ()")
    assert refused(rule, {"vector": (1, 2, 3)}).startswith("vector must be at most 2 items")
