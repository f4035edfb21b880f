"""One name normaliser for the engine and the store."""

from quotedesk.core import names
from quotedesk.engine.speakers import name_tokens


def test_particles_titles_possessives_and_accents_are_ignored():
    assert names.tokens("Secretary of State John Kerry's") == ("john", "kerry")
    assert names.tokens("Haider al-Abadi") == names.tokens("HAIDER AL ABADI") == ("haider", "abadi")
    assert names.tokens("Martin Luther King Jr.") == ("martin", "luther", "king")
    assert names.tokens("José Ramón") == ("jose", "ramon")
    assert names.tokens("President") == ("president",)  # a bare title stays a name


def test_the_engine_and_the_store_agree():
    for name in ("Haider al-Abadi", "Prime Minister Haider al-Abadi", "Ava DuVernay’s", "Mr. King", "Kerry"):
        assert name_tokens(name) == names.tokens(name)
