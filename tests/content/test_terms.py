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


def test_an_out_of_date_translation_stays_out_of_date_through_a_second_export(
    sources: Path,
) -> None:
    import polib

    from kiosk.content import loader

    with (sources / "languages.yaml").open("a", encoding="utf-8") as fh:
        fh.write("- code: de\n  name: Deutsch\n  direction: ltr\n  enabled: true\n"
                 "  partial: true\n  prompt: Berühren\n")  # fmt: skip
    content = loader.load(sources)
    unit = next(u for u in tr.text_units(content) if u.table == "sections")
    tr.export(sources, content, "de")
    path = sources / "translations" / "de" / f"{unit.group}.po"
    po = polib.pofile(str(path))
    next(e for e in po if e.msgctxt == unit.key).msgstr = "Eine Übersetzung."
    po.save(str(path))
    assert loader.load(sources).translations["de"][unit.key].status == "reviewed"
    chapter = next((sources / "chapters").glob("*.yaml"))
    first_words = " ".join(unit.text.split()[:3])
    text = chapter.read_text(encoding="utf-8")
    assert first_words in text
    chapter.write_text(text.replace(first_words, "Changed English", 1), encoding="utf-8")
    for _ in range(2):  # the English changed: exported twice, it must still be stale
        tr.export(sources, loader.load(sources), "de")
    entry = next(e for e in polib.pofile(str(path)) if e.msgctxt == unit.key)
    assert entry.previous_msgid and "fuzzy" in entry.flags
    assert unit.key not in loader.load(sources).translations.get("de", {})
