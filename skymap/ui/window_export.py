"""The window's export and print: File ▸ Export PDF, Export As (SVG, PNG, GraphML, CSV)
and Print, all through the export dispatcher the command line uses
(`skymap.export.dispatch`), so a file from the window is the file `skymap export` makes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from skymap.export.dispatch import write_export
from skymap.model.errors import SkymapError
from skymap.ui import focus_export, modal
from skymap.ui.window_parts import WindowParts

PNG_WIDTH = 2400
"""File ▸ Export As ▸ PNG: the picture's width in pixels (as `skymap export`'s default)."""


class ExportMixin(WindowParts):
    """Part of MainWindow (see main_window.py): export and print the working map."""

    def default_name(self, suffix: str, anonymous: bool = False) -> str:
        """Where a file dialog starts: beside the map's file, named after it."""
        # A pseudonymised file is not named after the family's file (its name leaves with it).
        # A map not saved yet is named after its family, or else as its title says ("Nyt kort"), never
        # "skymap.skymap.json".
        unsaved = self.doc.map.meta.family_name or QCoreApplication.translate("MainWindow", "New map")
        saved = self.path.stem.removesuffix(".skymap") if self.path else ""  # "Holm.skymap.json" -> "Holm"
        stem = "skymap" if anonymous else (saved or unsaved)
        folder = self.path.parent if self.path else Path.home()
        return str(folder / f"{stem}{suffix}")

    def _ask_options(self, title: str, ok_text: str = "") -> dict | None:
        """The export options dialog (paper, pseudonymising, pages) for the PDF or the
        printer; None when cancelled."""
        from skymap.ui.export_dialog import ExportOptionsDialog  # noqa: PLC0415

        dialog = ExportOptionsDialog(self, title, ok_text, statuses=self.status_labels(),
                                     lang=self.doc.map.meta.language, compared=self._compared_status(),
                                     focus=focus_export.title(self))
        with modal.focus_given_back():
            accepted = dialog.exec() == ExportOptionsDialog.DialogCode.Accepted
        return dialog.options() if accepted else None

    def export_pdf(self, path: str | None = None, options: dict | None = None) -> bool:
        """Ask for the options and a file name (unless given), then write the meeting PDF."""

        if options is None:
            options = self._ask_options(QCoreApplication.translate("MainWindow", "Export PDF"))
            if options is None:
                return False
        from skymap.ui import protect_ui  # noqa: PLC0415

        go, pdf_password = protect_ui.pdf_password(self)  # a protected map: a password on the PDF too?
        if not go:
            return False
        options = dict(options)
        focus = options.pop("focus", True)  # a child's own view on screen: that view (focus_export.py)
        skymap, extra = focus_export.shown_map(self, options.get("lang"), focus)
        if not path:
            suffix = "-pseudonym.pdf" if options.get("pseudonymise") else ".pdf"
            anonymous = bool(options.get("pseudonymise"))
            name = self.default_name(suffix, anonymous)
            path, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("MainWindow", "Export PDF"),
                focus_export.file_name(self, name, anonymous) if focus else name,
                QCoreApplication.translate("MainWindow", "PDF documents (*.pdf)"),
            )
            if not path:
                return False
        try:
            write_export(skymap, path, fmt=".pdf", pdf_password=pdf_password, **extra, **options)
        except SkymapError as err:
            self.error(err)
            return False
        self.say_exported(path, focused=skymap is not self.doc.map)
        return True

    def say_exported(self, path: str, focused: bool = False) -> None:
        """Where the file went, in the status bar (the file dialog closing says nothing);
        `focused`: the file holds the child's own view on screen, and says whose."""
        said = focus_export.exported_text(self, path) if focused else None
        self.statusBar().showMessage(
            said or QCoreApplication.translate("MainWindow", "Exported to %1").replace("%1", path), 10000)

    def _compared_status(self) -> str | None:
        """The earlier status of the comparison on screen: the PDF's changes page starts there."""
        showing = self.showing
        if self.status_view is None or not showing or showing[0] != self.compare_statuses:
            return None
        snaps = [s for s in (self.doc.get("snapshots", i) for i in showing[1] if i) if s is not None]
        return min(snaps, key=lambda s: (s.date, s.taken)).label if snaps else None

    def status_labels(self) -> list[str]:
        """The statuses' labels, oldest first (the export dialog offers them for a changes page)."""
        return [s.label for s in sorted(self.doc.map.snapshots, key=lambda s: (s.date, s.taken))]

    def export_other(self, suffix: str, path: str | None = None) -> bool:
        filters = {
            ".svg": "SVG (*.svg)",
            ".png": "PNG (*.png)",
            ".graphml": "GraphML (*.graphml)",
            ".csv": "CSV (*.csv)",
        }
        from skymap.ui import protect_ui  # noqa: PLC0415

        if not protect_ui.confirm_clear_export(self, filters[suffix].split(" ")[0]):
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("MainWindow", "Export"),
                focus_export.file_name(self, self.default_name(suffix), False), filters[suffix]
            )
            if not path:
                return False
        if not path.lower().endswith(suffix):
            path += suffix
        from skymap.ui.render import render_png  # noqa: PLC0415

        # The documents speak the map's language; the PNG pictures the canvas as it is shown.
        lang = self.lang if suffix == ".png" else None
        skymap, _extra = focus_export.shown_map(self, lang)  # a child's own view: as on the screen
        try:
            made = write_export(skymap, path, lang=lang, render_png=render_png, png_width=PNG_WIDTH)
        except SkymapError as err:
            self.error(err)
            return False
        if made is not None and made[0] < PNG_WIDTH:  # a very tall or wide map: said, not a silent thumbnail
            from skymap.model.messages import message  # noqa: PLC0415

            QMessageBox.information(self, "Skymap", message("png_reduced", self.lang, width=made[0], height=made[1]))
        self.say_exported(path, focused=skymap is not self.doc.map)
        return True

    def print_map(self, printer=None, options: dict | None = None) -> bool:
        """The meeting PDF through the system's print dialog."""
        import io  # noqa: PLC0415

        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415

        from skymap.export.pdf import write_pdf  # noqa: PLC0415
        from skymap.ui import print_feedback, print_to_file  # noqa: PLC0415
        from skymap.ui.printing import PrinterNotStarted, prepare_printer, print_pdf  # noqa: PLC0415

        if options is None:
            options = self._ask_options(QCoreApplication.translate("MainWindow", "Print"),
                                        QCoreApplication.translate("MainWindow", "Continue…"))
            if options is None:
                return False
        options = dict(options)
        skymap, extra = focus_export.shown_map(self, options.get("lang"), options.pop("focus", True))
        made: tuple[str, bytes] | None = None  # (the paper, the PDF): made once for the dialog and the printer
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            prepare_printer(printer, options["paper"])
            try:
                with print_feedback.busy(self):  # the pages counted first: the dialog offers only those
                    buffer = io.BytesIO()
                    write_pdf(skymap, buffer, **extra, **options)
                    made = options["paper"], buffer.getvalue()
            except SkymapError as err:
                self.error(err)
                return False
            self.statusBar().clearMessage()
            dialog = QPrintDialog(printer, self)
            print_to_file.limit_pages(dialog, printer, print_to_file.page_count(made[1]))
            with modal.focus_given_back():
                accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
            if not accepted:
                return False
        else:
            prepare_printer(printer, options["paper"])
        options["paper"] = print_to_file.paper(printer, options["paper"])  # A3 chosen in the print dialog: A3
        target = print_to_file.pdf_file(printer)  # "Print to file": the export's own vector PDF
        password = None
        if target:
            from skymap.ui import protect_ui  # noqa: PLC0415

            go, password = protect_ui.pdf_password(self)  # a protected map: a password on the PDF too?
            if not go:
                return False
        try:
            with print_feedback.busy(self) as progress:
                if target:
                    pages = print_to_file.write(skymap, target, options, extra, printer, password)
                else:
                    if made is None or made[0] != options["paper"]:  # (other paper: other pages)
                        buffer = io.BytesIO()
                        write_pdf(skymap, buffer, **extra, **options)
                        made = options["paper"], buffer.getvalue()
                    printer.setDocName(print_to_file.title(made[1]))  # the name the queue shows
                    pages = print_pdf(made[1], printer, progress, print_to_file.chosen_pages)
            print_feedback.done(self, printer, pages)
        except SkymapError as err:
            self.error(err)
            return False
        except PrinterNotStarted:
            QMessageBox.warning(
                self,
                "Skymap",
                QCoreApplication.translate(
                    "MainWindow",
                    "The printer could not be started. Check that it is on and connected, or choose another printer.",
                ),
            )
            return False
        except Exception as err:  # noqa: BLE001 - said to the user in one line, never a silent failure
            QMessageBox.warning(
                self,
                "Skymap",
                QCoreApplication.translate("MainWindow", "Printing failed: %1").replace(
                    "%1", str(err) or type(err).__name__
                ),
            )
            return False
        return True
