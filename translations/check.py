#!/usr/bin/env python3
"""Checks that the catalogues cover the sources: runs lupdate into temporary copies of the .ts files and fails
when marginalia_de.ts has a new, unfinished or vanished message, or marginalia_en.ts lacks an English plural.

    translations/check.py BUILD_DIR

BUILD_DIR is a configured build tree (qt_add_translations wrote its lupdate project description there). The
files in translations/ are never changed; `cmake --build BUILD_DIR --target update_translations` updates them.
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def cache_value(build_dir, name):
    with open(os.path.join(build_dir, 'CMakeCache.txt'), encoding='utf-8') as cache:
        for line in cache:
            if line.startswith(name + ':'):
                return line.split('=', 1)[1].strip()
    sys.exit(f'translations: {name} is not in {build_dir}/CMakeCache.txt; configure the build first')


def project_json(build_dir, scratch):
    """The JSON project lupdate reads, generated the way Qt's lupdate target does it."""
    # The newest one: a build tree configured before may hold a stale description elsewhere.
    described = sorted(glob.glob(os.path.join(build_dir, '**', '.lupdate', '*_project.cmake'), recursive=True),
                       key=os.path.getmtime)
    if not described:
        sys.exit(f'translations: no lupdate project in {build_dir}; configure the build first')
    tools_dir = cache_value(build_dir, 'Qt6LinguistTools_DIR')
    json_path = os.path.join(scratch, 'project.json')
    subprocess.run(['cmake', f'-DIN_FILE={described[-1]}', f'-DOUT_FILE={json_path}', '-P',
                    os.path.join(tools_dir, 'GenerateLUpdateProject.cmake')], check=True)
    return json_path


def lupdate_path():
    """lupdate sits next to the other Qt host tools (Debian: /usr/lib/qt6/bin)."""
    for candidate in (shutil.which('lupdate6'), '/usr/lib/qt6/bin/lupdate', shutil.which('lupdate')):
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit('translations: lupdate not found (Debian package qt6-l10n-tools)')


def messages(path):
    """(context, source, state, forms) for each message; state is '' when translated."""
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name')
        for message in context.iter('message'):
            translation = message.find('translation')
            state = translation.get('type', '')
            forms = [form.text or '' for form in translation.iter('numerusform')] or [translation.text or '']
            if not state and not all(form.strip() for form in forms):
                state = 'empty'
            yield name, message.findtext('source'), state, forms


def run_lupdate(lupdate, project, ts_path, *options):
    done = subprocess.run([lupdate, '-project', project, *options, '-ts', ts_path], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f'translations: lupdate failed:\n{done.stdout}{done.stderr}')


def report(label, problems):
    for context, source, state in problems:
        print(f'  {label}: [{context}] {source!r} ({state or "missing"})')


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build_dir = os.path.abspath(sys.argv[1])
    lupdate = lupdate_path()
    with tempfile.TemporaryDirectory(prefix='marginalia-ts.') as scratch:
        project = project_json(build_dir, scratch)
        german = shutil.copy(os.path.join(HERE, 'marginalia_de.ts'), scratch)
        english = shutil.copy(os.path.join(HERE, 'marginalia_en.ts'), scratch)
        # Obsolete messages are kept here, so a string that left the sources shows up as vanished.
        run_lupdate(lupdate, project, german)
        run_lupdate(lupdate, project, english, '-pluralonly')
        de = list(messages(german))
        en = [entry for entry in messages(english) if entry[2] not in ('vanished', 'obsolete')]

    vanished = [(c, s, st) for c, s, st, _ in de if st in ('vanished', 'obsolete')]
    unfinished = [(c, s, st) for c, s, st, _ in de if st not in ('', 'vanished', 'obsolete')]
    plurals = [(c, s, st) for c, s, st, _ in en if st]
    current = len(de) - len(vanished)
    print(f'translations: marginalia_de.ts: {current} messages, {len(unfinished)} new or unfinished, '
          f'{len(vanished)} vanished; marginalia_en.ts: {len(en)} plurals, {len(plurals)} without English forms')
    report('de unfinished', unfinished)
    report('de vanished', vanished)
    report('en plural', plurals)
    if unfinished or vanished or plurals:
        print('translations: run `scripts/dev translations`, translate the messages above in translations/*.ts '
              '(Qt Linguist, or by hand) and commit them')
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
