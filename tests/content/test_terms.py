"""A language's term list: the same English term gets the same translation everywhere."""

from __future__ import annotations

from pathlib import Path

from kiosk.content import translations as tr


def _setup(tmp_path: Path, terms: str) -> dict[str, tr.TextUnit]:
    (tmp_path / "translations" / "ru").mkdir(parents=True)
    (tmp_path / "translations" / "ru" / "terms.yaml").write_text(terms, encoding="utf-8")
    return {
        u.key: u
        for u in (
            tr.TextUnit("03-estonia", "sections", "a", "body", "The deportations of 1941."),
            tr.TextUnit("common", "pages", "b", "body", "Open the Timeline to see more."),
            tr.TextUnit("common", "pages", "c", "body", "About {fig:deportation-count} people."),
        )
    }


def test_a_translation_without_the_listed_term_is_a_warning_naming_its_file(
    tmp_path: Path,
) -> None:
    units = _setup(
        tmp_path,
        "- en: deportation\n  term: депортация\n  forms: [депортац]\n"
        "- en: Timeline\n  term: Хронология\n",
    )
    table = {
        "sections:a:body": tr.Translation("Депортации 1941 года.", "draft"),
        "pages:b:body": tr.Translation("Откройте ленту времени.", "draft"),  # another word
        "pages:c:body": tr.Translation("Здесь ничего нет.", "draft"),
    }
    issues = tr.check_terms(tmp_path, "ru", table, units)
    assert [(i.where, i.severity) for i in issues] == [
        ("translations/ru/common.po (pages:b:body)", "warning")
    ]
    assert "Хронология" in issues[0].message


def test_a_malformed_term_list_is_an_error_not_a_crash(tmp_path: Path) -> None:
    units = _setup(tmp_path, "- en: deportation\n- [not, a, term]\n")
    issues = tr.check_terms(tmp_path, "ru", {}, units)
    assert [i.severity for i in issues] == ["error", "error"]
    (tmp_path / "translations" / "ru" / "terms.yaml").write_text("[[[", encoding="utf-8")
    issues = tr.check_terms(tmp_path, "ru", {}, units)
    assert issues and "cannot read" in issues[0].message


def test_a_reviewer_can_exempt_one_text_with_a_reason_in_the_list(tmp_path: Path) -> None:
    units = _setup(
        tmp_path,
        "- en: Timeline\n  term: Хронология\n  except: ['pages:b:body']\n",
    )
    table = {"pages:b:body": tr.Translation("Откройте ленту времени.", "reviewed")}
    assert tr.check_terms(tmp_path, "ru", table, units) == []
    (tmp_path / "translations" / "ru" / "terms.yaml").write_text(
        "- en: Timeline\n  term: Хронология\n  except: pages:b:body\n", encoding="utf-8"
    )  # a bare string is not a list of keys
    assert [i.severity for i in tr.check_terms(tmp_path, "ru", table, units)] == ["error"]
