from quotedesk.core.text import Utf16Index


def test_utf16_round_trip_with_astral_characters():
    text = "a😀b𝐱“c”🇫🇷d"
    index = Utf16Index(text)
    encoded = text.encode("utf-16-le")
    for i in range(len(text) + 1):
        j = index.to_utf16(i)
        assert encoded[: 2 * j].decode("utf-16-le") == text[:i]
        assert index.from_utf16(j) == i


def test_position_inside_a_surrogate_pair_maps_to_the_character():
    index = Utf16Index("x😀y")
    assert index.to_utf16(2) == 3
    assert index.from_utf16(2) == 1
