"""`kehoach`: one command for extraction, evaluation, the schema, ingest and the web service."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read Vietnamese government plans (Kế hoạch) into normalized plan/1 records.")


def _err(message: str) -> None:
    typer.secho(message, fg=typer.colors.RED, err=True)


@app.command()
def extract(files: Annotated[list[Path], typer.Argument(help="PDF, DOCX, HTML or text files")],
            out: Annotated[Path | None, typer.Option("--out", "-o", help="write DIR/<file stem>.json per file")] = None):
    """Extract one plan/1 record per file (JSON to stdout, or files in --out)."""
    from rich.console import Console
    from rich.progress import Progress

    console = Console(stderr=True)
    show = out is not None and len(files) > 1 and console.is_terminal
    ok = 0
    with Progress(console=console, transient=True, disable=not show) as progress:
        bar = progress.add_task("extracting", total=len(files))
        for f in files:
            ok += _extract_one(f, out)
            progress.advance(bar)
    if ok == 0:
        raise typer.Exit(1)


def _extract_one(f: Path, out: Path | None) -> bool:
    """Extract one file to stdout or OUT/<stem>.json; False (and a message on stderr) when it cannot be read."""
    from extractor.blocks import ReadError
    from extractor.pipeline import extract_file

    try:
        if not f.is_file():
            raise ReadError("no such file" if not f.exists() else "not a file")
        record = extract_file(f).to_json_dict()
    except ReadError as e:
        _err(f"{f}: {e}")
        return False
    except Exception as e:  # never a traceback for one bad file; the others still go through
        _err(f"{f}: could not be extracted ({type(e).__name__}: {e})")
        return False
    text = json.dumps(record, ensure_ascii=False, indent=1)
    if out is None:
        sys.stdout.write(text + "\n")
    else:
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{f.stem}.json").write_text(text + "\n", encoding="utf-8")
    return True


@app.command("eval")
def eval_(corpus: Annotated[Path | None, typer.Option(help="folder with gold/ (default ../shared/corpus, else corpus/)")] = None,
          form: Annotated[str, typer.Option(help="which version to read: seeds, pdf, docx, html, scanned, legacy")] = "seeds",
          out: Annotated[Path | None, typer.Option(help="also write the predicted records here")] = None,
          as_json: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False):
    """Score extraction against the gold records, per field, as SCHEMA.md defines."""
    from eval.run import FORMS, default_corpus, evaluate

    corpus = corpus or default_corpus()
    if not (corpus / "gold").is_dir():
        _err(f"{corpus}: no gold/ folder")
        raise typer.Exit(2)
    if form not in FORMS:
        _err(f"unknown form {form!r}; one of {', '.join(FORMS)}")
        raise typer.Exit(2)
    report = evaluate(corpus, form, out)
    if not report.documents:
        _err(f"no {form} documents with gold records in {corpus}")
        raise typer.Exit(2)
    typer.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=1) if as_json else report.table())


@app.command()
def schema():
    """Print the JSON Schema of the plan/1 record."""
    from models import plan_json_schema

    typer.echo(json.dumps(plan_json_schema(), ensure_ascii=False, indent=1))


@app.command()
def ingest(paths: Annotated[list[Path], typer.Argument(help="files, folders (recursive), .zip, .tar, .tar.gz")],
           db: Annotated[Path, typer.Option("--db", help="SQLite database file")] = Path("kehoach.db"),
           workers: Annotated[int | None, typer.Option(min=1, help="worker processes (default: one per core)")] = None,
           force: Annotated[bool, typer.Option(help="re-extract files already stored")] = False,
           dask: Annotated[str | None, typer.Option(help="extract on a Dask cluster, e.g. tcp://host:8786")] = None,
           max_file_mb: Annotated[float, typer.Option(min=0.001, help="larger files are refused")] = 50,
           max_archive_mb: Annotated[float, typer.Option(min=0.001, help="an archive may expand to at most this")] = 2048,
           timeout: Annotated[float, typer.Option(min=1, help="seconds allowed to read one file")] = 300,
           progress: Annotated[bool, typer.Option(help="show a progress bar")] = True):
    """Extract and store every plan under PATHS in one SQLite database (parallel, resumable)."""
    from rich.console import Console

    from store.archive import MB, Limits
    from store.ingest import IngestError, summary_table
    from store.ingest import ingest as run

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _err(f"no such file or folder: {', '.join(missing)}")
        raise typer.Exit(2)
    limits = Limits(max_file_bytes=int(max_file_mb * MB), max_archive_bytes=int(max_archive_mb * MB))
    try:
        result = run(paths, db, workers=workers, force=force, dask=dask, limits=limits, timeout=timeout,
                     show_progress=progress)
    except IngestError as e:
        _err(str(e))
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        _err("interrupted: everything stored so far is kept; run the same command again to finish")
        raise typer.Exit(130) from None
    Console().print(summary_table(result))


@app.command()
def serve(db: Annotated[Path, typer.Option("--db", help="SQLite database file (created when missing)")] = Path("kehoach.db"),
          host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
          port: Annotated[int, typer.Option(min=1, max=65535, help="port to listen on")] = 8000,
          max_upload_mb: Annotated[float, typer.Option(min=0.001, envvar="KEHOACH_MAX_UPLOAD_MB",
                                                       help="larger uploads get 413")] = 50,
          log_level: Annotated[str, typer.Option(help="uvicorn log level")] = "info"):
    """Start the web service over the store: pages at /, JSON API at /api, OpenAPI at /docs.

    Writes need 'Authorization: Bearer <token>' when the environment sets KEHOACH_TOKEN.
    """
    import uvicorn

    from api import create_app
    from store.db import StoreError

    try:
        application = create_app(db, max_upload_mb=max_upload_mb)
    except StoreError as e:
        _err(str(e))
        raise typer.Exit(2) from None
    token = "on (KEHOACH_TOKEN)" if application.state.settings.token else "off"
    typer.echo(f"kehoach: http://{host}:{port}/ over {db} (API token {token}, uploads up to {max_upload_mb:g} MB)")
    uvicorn.run(application, host=host, port=port, log_level=log_level)


def main() -> None:
    """Entry point."""
    app()


if __name__ == "__main__":
    main()
