from quotedesk.core.text import AnalysisText, Utf16Index


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


def test_qt_positions_count_a_crlf_as_one():
    text = "a😀\r\n\r\nb\rc\r\n𝐱d"
    index = Utf16Index(text)
    # What a QTextDocument holds: UTF-16 units, each line break one position.
    shown = text.replace("\r\n", "\n").encode("utf-16-le")
    for i in range(len(text) + 1):
        if text[i - 1 : i + 1] == "\r\n":
            continue  # between CR and LF: no position of its own
        j = index.to_utf16(i)
        assert shown[: 2 * j].decode("utf-16-le") == text[:i].replace("\r\n", "\n")
        assert index.from_utf16(j) == i


def test_analysis_text_maps_offsets_back_to_the_text_as_given():
    given = "Jean\u2011Luc\u00a0Paré said\r\nit was\u200b over.\r\n"
    source = AnalysisText(given)
    assert source.text == "Jean-Luc Paré said\nit was over.\n"
    assert "".join(given[source.to_given(i)] for i in range(len(source.text))) == "Jean\u2011Luc\u00a0Paré said\rit was over.\r"
    assert source.span_to_given(source.text.index("it"), source.text.index(".") + 1) == (given.index("it"), given.index(".") + 1)


def test_only_hard_wrapped_text_is_unwrapped():
    wrapped = (
        "The council met on Monday evening to talk about the budget for the\n"
        "coming year, and the mayor said the roads of the northern districts\n"
        "would be fixed before the winter, as the residents had asked al-\n"
        "Abadi to promise.\n\nA new paragraph.\n"
    )
    assert AnalysisText(wrapped).text == wrapped.replace("districts\n", "districts ").replace(
        "the\ncoming", "the coming").replace("al-\nAbadi", "al-Abadi")
    per_line = "One short paragraph.\nAnother one, also short.\nA third that ends here.\n"
    assert AnalysisText(per_line).text == per_line


def test_text_wrapped_by_hand_a_little_short_of_the_column_is_unwrapped_but_not_its_lists():
    wrapped = (
        "Among those in the queue was Abdul Rahman Sheikh, 58, a farmer\n"
        "from Bordoloni, who said he had lost his entire paddy crop.\n\n"
        "“The loan for the seed is still there. The crop is gone,” he\n"
        "said. “My wife says we are alive. She is right. But alive and\n"
        "in debt is also a kind of flood,” he told us by the roadside.\n\n"
        "Key points:\n"
        "- The council says rates notices may have been taken last week\n"
        "- The council says it will write to every resident by Friday\n"
    )
    text = AnalysisText(wrapped).text
    assert "gone,” he said. “My wife" in text and "alive and in debt" in text
    assert "Key points:\n- The council" in text and "last week\n- The council" in text


def test_a_time_wrapped_to_the_start_of_a_line_is_no_live_blog_entry():
    wrapped = (
        "“We have heard from teachers who stop a lesson three times to ask\n"
        "students to put phones away. We have heard from vice-principals who\n"
        "spend their lunch hour dealing with fights that started on Snapchat at\n"
        "10:15 a.m.\n\n"
        "10:42 The vote is in.\n"
    )
    text = AnalysisText(wrapped).text
    assert "Snapchat at 10:15 a.m." in text and "\n\n10:42 The vote" in text
