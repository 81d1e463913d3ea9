"""The official SP-API models (Swagger 2.0) as data: operations, usage plans, validation.

Shared by the sandbox (answers and checks requests), the client's rate limiter
(``usage_plan``) and the contract tests (``validate_request`` / ``validate_response``).
The models ship in ``resources/sp-api-models``; nothing is read from ../shared.

Operation ids are not unique across models (``getOrder`` is in Orders v0 and
Orders 2026-01-01), so every operation also has a qualified key ``"<model>:<id>"``
(model = file name without ``.json``). A bare id resolves to the first model in
``PREFERRED_MODELS`` that has it: the ones the station actually uses win.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterable, Mapping

import jsonschema
from jsonschema import Draft4Validator, FormatChecker

from station.resourcefiles import resources_path

MODELS_DIR = "sp-api-models"
PREFERRED_MODELS = ("orders_2026-01-01", "ordersV0", "tokens_2021-03-01", "shippingV2")
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# "| 0.0056 | 20 |" -- the first data row of the "Usage Plan" table.
_USAGE_ROW = re.compile(r"\|\s*([0-9]*\.?[0-9]+)\s*\|\s*([0-9]+)\s*\|")
# Swagger keys that are not JSON Schema (or mean something else there).
_PARAM_SCHEMA_KEYS = (
    "type", "items", "enum", "format", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems",
    "uniqueItems", "multipleOf",
)


def _parse_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        parse_iso8601(value)
    except ValueError:
        return False
    return True


def _parse_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


# Only the formats whose meaning is clear in Swagger 2.0; int32/int64/double/... are
# hints for code generators and are not enforced (as Amazon's own validators do not).
FORMATS = FormatChecker(formats=())
FORMATS.checks("date-time")(_parse_datetime)
FORMATS.checks("date")(_parse_date)


def parse_iso8601(value: str) -> datetime:
    """ISO 8601 date-time with an offset or Z (``2026-01-01T10:00:00Z``, fractions allowed)."""
    if "T" not in value and "t" not in value:
        raise ValueError(f"not a date-time: {value!r}")
    parsed = datetime.fromisoformat(value.replace("z", "Z").replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        raise ValueError(f"date-time without a time zone: {value!r}")
    return parsed


@dataclass(frozen=True)
class UsagePlan:
    rate: float  # requests per second
    burst: int

    def __iter__(self):  # allows ``rate, burst = usage_plan(...)``
        return iter((self.rate, self.burst))


@dataclass
class Operation:
    model: str
    operation_id: str
    method: str  # upper case
    path: str  # template, e.g. /orders/2026-01-01/orders/{orderId}
    parameters: list[dict[str, Any]]
    responses: dict[str, dict[str, Any]]
    description: str
    document: dict[str, Any] = field(repr=False)
    _regex: re.Pattern[str] = field(repr=False, default=None)  # type: ignore[assignment]

    @property
    def key(self) -> str:
        return f"{self.model}:{self.operation_id}"

    @property
    def usage_plan(self) -> UsagePlan | None:
        return parse_usage_plan(self.description)

    def match(self, path: str) -> dict[str, str] | None:
        m = self._regex.fullmatch(path)
        return None if m is None else m.groupdict()

    def body_parameter(self) -> dict[str, Any] | None:
        return next((p for p in self.parameters if p.get("in") == "body"), None)

    def response_schema(self, status: int | str) -> dict[str, Any] | None:
        resp = self.responses.get(str(status)) or self.responses.get("default")
        return None if resp is None else resp.get("schema")


def parse_usage_plan(description: str) -> UsagePlan | None:
    """The (rate, burst) of the "Usage Plan" markdown table in an operation description."""
    idx = description.find("Usage Plan")
    if idx < 0:
        return None
    m = _USAGE_ROW.search(description, idx)
    return None if m is None else UsagePlan(float(m.group(1)), int(m.group(2)))


def _path_regex(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", template)
    out = []
    for part in parts:
        if part.startswith("{") and part.endswith("}"):
            out.append(f"(?P<{part[1:-1]}>[^/]+)")
        else:
            out.append(re.escape(part))
    return re.compile("".join(out))


class Spec:
    """All Swagger models of a folder, indexed by operation."""

    def __init__(self, documents: Mapping[str, dict[str, Any]]):
        self.documents = dict(documents)
        self.operations: list[Operation] = []
        self._by_key: dict[str, Operation] = {}
        self._by_id: dict[str, list[Operation]] = {}
        order = {m: i for i, m in enumerate(PREFERRED_MODELS)}
        for model in sorted(self.documents, key=lambda m: (order.get(m, len(order)), m)):
            doc = self.documents[model]
            for path, item in doc.get("paths", {}).items():
                shared = item.get("parameters", [])
                for method in HTTP_METHODS:
                    raw = item.get(method)
                    if raw is None:
                        continue
                    params = _merge_params(shared, raw.get("parameters", []), doc)
                    op = Operation(
                        model=model, operation_id=raw["operationId"], method=method.upper(),
                        path=path, parameters=params, responses=raw.get("responses", {}),
                        description=raw.get("description", ""), document=doc,
                        _regex=_path_regex(path),
                    )
                    self.operations.append(op)
                    self._by_key[op.key] = op
                    self._by_id.setdefault(op.operation_id, []).append(op)
        # Literal path segments beat templates (/shipments/rates before /shipments/{id}).
        self._routing = sorted(self.operations, key=lambda o: (o.path.count("{"), -len(o.path)))

    @classmethod
    def load(cls, folder: Any = None) -> "Spec":
        root = resources_path(MODELS_DIR) if folder is None else folder
        docs = {}
        for file in sorted(root.iterdir()):
            if file.suffix != ".json":
                continue
            doc = json.loads(file.read_text(encoding="utf-8"))
            if doc.get("swagger") == "2.0":  # notification schemas are plain JSON Schema
                docs[file.stem] = doc
        return cls(docs)

    # -- lookup ---------------------------------------------------------------
    def operation(self, name: str) -> Operation:
        """By qualified key ``model:operationId`` or bare operationId (see module doc)."""
        if name in self._by_key:
            return self._by_key[name]
        found = self._by_id.get(name)
        if not found:
            raise KeyError(f"unknown SP-API operation {name!r}")
        return found[0]

    def find(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation answering ``METHOD /concrete/path`` and its path parameters."""
        method = method.upper()
        for op in self._routing:
            if op.method != method:
                continue
            params = op.match(path)
            if params is not None:
                return op, params
        return None

    def path_exists(self, path: str) -> bool:
        return any(op.match(path) is not None for op in self._routing)

    def usage_plan(self, name: str) -> tuple[float, int]:
        plan = self.operation(name).usage_plan
        if plan is None:
            raise KeyError(f"operation {name!r} documents no usage plan")
        return plan.rate, plan.burst

    # -- validation -----------------------------------------------------------
    def validate_request(
        self,
        operation: Operation | str,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Iterable[str] | str] | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        *,
        body_present: bool | None = None,
    ) -> list[str]:
        """Problems with a request, in plain words; empty when it keeps to the model.

        ``query`` maps names to a list of raw strings (as parsed from a URL) or one string;
        arrays may come comma-separated (csv, the SP-API default) or repeated.
        """
        op = self.operation(operation) if isinstance(operation, str) else operation
        path_params = path_params or {}
        query = {k: ([v] if isinstance(v, str) else list(v)) for k, v in (query or {}).items()}
        headers = {k.lower(): v for k, v in (headers or {}).items()}
        problems: list[str] = []
        for param in op.parameters:
            where, name = param.get("in"), param["name"]
            if where == "body":
                present = body is not None if body_present is None else body_present
                if not present:
                    if param.get("required"):
                        problems.append("the request body is required")
                    continue
                problems += self.validate_schema(op.document, param.get("schema", {}), body, "body")
                continue
            if where == "path":
                raw = [path_params[name]] if name in path_params else []
            elif where == "query":
                raw = query.get(name, [])
            elif where == "header":
                raw = [headers[name.lower()]] if name.lower() in headers else []
            else:  # formData is not used by the SP-API models we serve
                continue
            if not raw:
                if param.get("required"):
                    problems.append(f"{where} parameter {name!r} is required")
                continue
            try:
                value = _coerce_param(param, raw)
            except ValueError as exc:
                problems.append(f"{where} parameter {name!r}: {exc}")
                continue
            schema = {k: param[k] for k in _PARAM_SCHEMA_KEYS if k in param}
            problems += self.validate_schema(op.document, schema, value, f"{where} parameter {name!r}")
        return problems

    def coerce_params(self, operation: Operation | str, path_params: Mapping[str, str] | None = None,
                      query: Mapping[str, Iterable[str] | str] | None = None) -> dict[str, Any]:
        """Path and query values typed as the model says (arrays split, integers parsed).

        Call after ``validate_request``; values that do not parse are left out.
        """
        op = self.operation(operation) if isinstance(operation, str) else operation
        query = {k: ([v] if isinstance(v, str) else list(v)) for k, v in (query or {}).items()}
        out: dict[str, Any] = {}
        for param in op.parameters:
            where, name = param.get("in"), param["name"]
            raw = ([path_params[name]] if path_params and name in path_params else []) if where == "path" \
                else query.get(name, []) if where == "query" else []
            if raw:
                try:
                    out[name] = _coerce_param(param, raw)
                except ValueError:
                    pass
        return out

    def validate_response(self, operation: Operation | str, status: int, body: Any) -> list[str]:
        """Problems with a response body for ``status``; empty when it keeps to the model."""
        op = self.operation(operation) if isinstance(operation, str) else operation
        if str(status) not in op.responses and "default" not in op.responses:
            return [f"status {status} is not a documented response of {op.operation_id}"]
        schema = op.response_schema(status)
        if schema is None:
            if body not in (None, b"", ""):
                return [f"status {status} of {op.operation_id} documents no body, got one"]
            return []
        return self.validate_schema(op.document, schema, body, "response")

    @staticmethod
    def validate_schema(document: dict[str, Any], schema: dict[str, Any], value: Any, what: str) -> list[str]:
        validator = _validator(document, json.dumps(schema, sort_keys=True))
        errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
        return [_describe(what, e) for e in errors]


_VALIDATORS: dict[tuple[int, str], Draft4Validator] = {}


def _validator(document: dict[str, Any], schema_json: str) -> Draft4Validator:
    # The document is the root, so "#/definitions/X" refs resolve inside it; the
    # operation's schema is wrapped in allOf because draft 4 ignores $ref siblings.
    key = (id(document), schema_json)
    found = _VALIDATORS.get(key)
    if found is None:
        root = {"definitions": document.get("definitions", {}), "allOf": [json.loads(schema_json)]}
        found = _VALIDATORS[key] = Draft4Validator(root, format_checker=FORMATS)
    return found


def _describe(what: str, error: jsonschema.ValidationError) -> str:
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return f"{what}{where}: {error.message}"


def _merge_params(shared: list, own: list, doc: dict) -> list[dict[str, Any]]:
    def deref(p: dict) -> dict:
        if "$ref" in p:
            return doc["parameters"][p["$ref"].split("/")[-1]]
        return p

    merged = {(p["in"], p["name"]): p for p in map(deref, shared)}
    merged.update({(p["in"], p["name"]): p for p in map(deref, own)})
    return list(merged.values())


def _coerce_scalar(kind: str | None, text: str) -> Any:
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            raise ValueError(f"{text!r} is not an integer") from None
    if kind == "number":
        try:
            return float(text)
        except ValueError:
            raise ValueError(f"{text!r} is not a number") from None
    if kind == "boolean":
        if text.lower() in ("true", "false"):
            return text.lower() == "true"
        raise ValueError(f"{text!r} is not true or false")
    return text


def _coerce_param(param: dict[str, Any], raw: list[str]) -> Any:
    if param.get("type") == "array":
        fmt = param.get("collectionFormat", "csv")
        sep = {"csv": ",", "ssv": " ", "tsv": "\t", "pipes": "|"}.get(fmt)
        values = [v for chunk in raw for v in (chunk.split(sep) if sep else [chunk])]
        kind = param.get("items", {}).get("type")
        return [_coerce_scalar(kind, v) for v in values]
    if len(raw) > 1:
        raise ValueError("given more than once")
    return _coerce_scalar(param.get("type"), raw[0])


@functools.lru_cache(maxsize=1)
def default_spec() -> Spec:
    """The models shipped with the app, loaded once."""
    return Spec.load()


def usage_plan(operation: str) -> tuple[float, int]:
    """(rate per second, burst) of an operation, e.g. ``usage_plan("searchOrders") == (0.0056, 20)``."""
    return default_spec().usage_plan(operation)


def validate_request(operation: str, **kwargs: Any) -> list[str]:
    return default_spec().validate_request(operation, **kwargs)


def validate_response(operation: str, status: int, body: Any) -> list[str]:
    return default_spec().validate_response(operation, status, body)
