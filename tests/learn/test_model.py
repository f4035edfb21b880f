"""The attribution model: engine hook, choices, storage and its trust model."""

import gzip
import io
import json
import pickle
import struct
import tracemalloc
import zlib

import pytest

from quotedesk.core.errors import ModelError
from quotedesk.engine import ENGINE_VERSION, analyze_document
from quotedesk.engine.learn import FEATURES_VERSION, AttributionModel
from quotedesk.engine.learn.linear import LinearScorer
from quotedesk.engine.learn.model import MAX_BYTES

TEXT = ('Maria Lopez, an economist, met Tom Becker on Monday.\n\n'
        '\u201cWe will not accept these cuts,\u201d she said.\n\n'
        'Tom Becker later appeared on \u201cThe Morning Show\u201d to discuss it.\n')


def _model(weights=None, speech=None, version="t-1"):
    return AttributionModel(version=version, ranker=LinearScorer(weights or {}, 0.0), speech=speech)


def _speech(analysis):
    return [(analysis.text[q.start:q.end], q.is_speech) for q in analysis.quotes]


def test_rules_are_the_default():
    analysis = analyze_document(TEXT)
    assert analysis.model == ENGINE_VERSION


def test_model_that_trusts_the_rules_changes_nothing_but_records_its_version():
    rules = analyze_document(TEXT)
    model = analyze_document(TEXT, model=_model({"src=rules": 5.0}))
    assert model.model == "t-1"
    assert [(q.start, q.end, q.mention, q.speaker) for q in model.quotes] == \
           [(q.start, q.end, q.mention, q.speaker) for q in rules.quotes]


def test_model_can_overrule_the_rules_choice():
    # A (silly) model that prefers named people to pronouns picks "Tom Becker" or "Maria Lopez".
    analysis = analyze_document(TEXT, model=_model({"src=rules": -5.0, "label=PERSON": 5.0}))
    quote = next(q for q in analysis.quotes if "cuts" in analysis.text[q.start:q.end])
    assert analysis.text[quote.mention.start:quote.mention.end] in ("Maria Lopez", "Tom Becker")
    assert quote.speaker in ("Maria Lopez", "Tom Becker")


def test_speech_classifier_decides_speech():
    nothing_is_speech = LinearScorer({}, -10.0)
    analysis = analyze_document(TEXT, model=_model({"src=rules": 1.0}, speech=nothing_is_speech))
    assert analysis.quotes and not any(s for _, s in _speech(analysis))
    everything = LinearScorer({}, 10.0)
    analysis = analyze_document(TEXT, model=_model({"src=rules": 1.0}, speech=everything))
    assert all(s for _, s in _speech(analysis))


def test_bytes_round_trip():
    m = AttributionModel("v9", LinearScorer({"a": 1.5, "b": -2.0}, 0.25), LinearScorer({"c": 1.0}, -1.0), (0.3, 0.7),
                         meta={"train_quotes": 3})
    back = AttributionModel.from_bytes(m.to_bytes())
    assert back.version == "v9"
    assert back.ranker.weights == {"a": 1.5, "b": -2.0} and back.ranker.bias == 0.25
    assert back.speech.weights == {"c": 1.0} and back.speech_band == (0.3, 0.7)
    assert back.meta == {"train_quotes": 3}
    assert m.to_bytes() == m.to_bytes()  # deterministic bytes


@pytest.mark.parametrize("data", [
    b"",
    b"garbage",
    gzip.compress(b"{not json"),
    gzip.compress(json.dumps({"format": "something-else"}).encode()),
    pickle.dumps({"format": "quotedesk-attribution-model"}),
    gzip.compress(json.dumps({"format": "quotedesk-attribution-model", "format_version": 1,
                              "features_version": FEATURES_VERSION, "version": "x",
                              "ranker": {"weights": {"a": "os.system"}}}).encode()),
])
def test_from_bytes_refuses_what_is_not_a_model(data):
    with pytest.raises(ModelError):
        AttributionModel.from_bytes(data)


def test_from_bytes_refuses_a_model_of_other_features():
    doc = json.loads(gzip.decompress(_model().to_bytes()))
    doc["features_version"] = "f0"
    with pytest.raises(ModelError, match="retrain"):
        AttributionModel.from_bytes(gzip.compress(json.dumps(doc).encode()))


def _gzip_of_zeros(n_mib: int) -> bytes:
    """A valid gzip of ``n_mib`` MiB of zeros, about 1,000 times smaller: the same fully flushed
    deflate block repeated, an empty final block, then the CRC and size."""
    chunk = bytes(1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(n_mib):
        crc = zlib.crc32(chunk, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    return header + block * n_mib + b"\x03\x00" + struct.pack("<II", crc, (n_mib << 20) & 0xFFFFFFFF)


def test_a_decompression_bomb_is_refused_before_it_fills_memory():
    bomb = _gzip_of_zeros(1024)  # 1 MB that inflates to 1 GiB
    assert len(bomb) < 2 << 20 and len(gzip.GzipFile(fileobj=io.BytesIO(bomb)).read(100)) == 100
    tracemalloc.start()
    try:
        with pytest.raises(ModelError, match="larger than") as e:
            AttributionModel.from_bytes(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "\n" not in str(e.value)
    assert peak < 4 * MAX_BYTES  # a few times the ceiling, never the gigabyte


@pytest.mark.parametrize("where,value", [
    ("bias", "NaN"), ("bias", "Infinity"), ("weight", "-Infinity"), ("weight", "1e999"), ("margin", "NaN"),
    ("band", "1e400"), ("weight", "1" + "0" * 400),
])
def test_a_model_with_a_number_that_is_not_finite_is_refused_in_one_line(where, value):
    doc = json.loads(gzip.decompress(_model({"src=rules": 1.0}).to_bytes()))
    doc["ranker"]["bias"], doc["margin"], doc["speech_band"] = 0.0, 0.0, [0.2, 0.8]
    slot = {"bias": ('"bias": 0.0', f'"bias": {value}'), "weight": ('"src=rules": 1.0', f'"src=rules": {value}'),
            "margin": ('"margin": 0.0', f'"margin": {value}'), "band": ("[0.2, 0.8]", f"[0.2, {value}]")}[where]
    text = json.dumps(doc)
    assert slot[0] in text
    with pytest.raises(ModelError, match="damaged") as e:
        AttributionModel.from_bytes(gzip.compress(text.replace(slot[0], slot[1]).encode()))
    assert "\n" not in str(e.value)


def test_a_models_calibration_sets_the_confidence_and_is_stored():
    # A calibration that reads nothing but its bias: every speech quote gets its probability.
    m = _model({"src=rules": 5.0})
    m.calibration = LinearScorer({}, -2.0)
    analysis = analyze_document(TEXT, model=AttributionModel.from_bytes(m.to_bytes()))
    speech = [q for q in analysis.quotes if q.is_speech]
    assert speech and all(q.confidence == 0.119 for q in speech)


def test_an_old_model_without_a_calibration_still_loads_and_its_probability_stands():
    doc = json.loads(gzip.decompress(_model({"src=rules": 5.0}).to_bytes()))
    del doc["calibration"]  # as stored before calibrations
    old = AttributionModel.from_bytes(gzip.compress(json.dumps(doc).encode()))
    assert old.calibration is None
    analysis = analyze_document(TEXT, model=old)
    quote = next(q for q in analysis.quotes if "cuts" in analysis.text[q.start:q.end])
    assert quote.speaker == "Maria Lopez" and quote.confidence > 0.9
