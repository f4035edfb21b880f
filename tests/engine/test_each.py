"""analyze_each: the batch loop shared by the import, the re-analysis and the archive workers."""

from quotedesk.engine import analyze_document
from quotedesk.engine.each import analyze_each

MARKER = "UNREADABLE"


class BreaksOnMarker:
    """An attribution model that raises on any article holding MARKER, as a model bug would, and
    otherwise leaves the rules' attributions as they are."""

    version = None

    def apply(self, chunk, attributions):
        if MARKER in chunk.text:
            raise RuntimeError("the model broke on this article")
        return attributions


def test_an_article_the_engine_fails_on_is_one_error_and_the_others_are_analysed_as_alone():
    texts = [f'"Plan {i} will cut the waiting lists," said Dr. Mara Kell{i}. Nobody objected.' for i in range(7)]
    texts[3] = f'{MARKER} "We are not ready," the mayor, Tom Ash, told reporters.'
    # batch_size=2: the failure comes mid-batch, after articles of the same batch were yielded,
    # and batching resumes after the articles retried one by one
    results = list(analyze_each(texts, batch_size=2, model=BreaksOnMarker()))
    assert len(results) == len(texts)
    assert isinstance(results[3], RuntimeError) and "broke" in str(results[3])
    for i, text in enumerate(texts):
        if i != 3:
            assert results[i] == analyze_document(text)
            assert results[i].speech[0].speaker == f"Mara Kell{i}"
