"""The colour difference the speaker palette is measured with."""

import pytest

from quotedesk.core.colour import contrast, delta_e, lab, simulate


@pytest.mark.parametrize("lab1,lab2,expected", [
    # Sharma, Wu & Dalal (2005), the CIEDE2000 test data: pairs 1, 7, 17, 25 and 34
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
])
def test_delta_e_matches_the_published_test_data(lab1, lab2, expected):
    assert delta_e(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert delta_e(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_lab_of_srgb_primaries():
    assert lab("#ffffff") == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    assert lab("#ff0000") == pytest.approx((53.24, 80.09, 67.20), abs=0.05)


def test_red_and_green_look_alike_to_deuteranopes_and_protanopes():
    red, green = "#d62728", "#2ca02c"
    seen = delta_e(lab(red), lab(green))
    for vision in ("deuteranopia", "protanopia"):
        assert delta_e(lab(simulate(red, vision)), lab(simulate(green, vision))) < seen / 2
    assert simulate("#808080", "deuteranopia") == "#808080"  # greys stay grey


def test_contrast_is_wcag_ratio():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
