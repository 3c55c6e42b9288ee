// SPDX-FileCopyrightText: 2026 The Marginalia authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gui/dialogs/SafeFileDialog.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QCoreApplication>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QMimeDatabase>

namespace marginalia {

namespace {

// Icons and type names from the file name only. Qt's own provider asks QMimeDatabase by name and, when the
// name says nothing (a .marginalia file, its -wal and -shm), by content: it opens the file.
class NameOnlyIconProvider final : public QAbstractFileIconProvider {
public:
    QIcon icon(IconType type) const override { return m_standard.icon(type); }

    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir()) // from the cached stat; a folder's own icon file is never read (options below)
            return m_standard.icon(Folder);
        const QMimeType mime = mimeByName(info);
        QIcon themed = QIcon::fromTheme(mime.iconName());
        if (themed.isNull())
            themed = QIcon::fromTheme(mime.genericIconName());
        return themed.isNull() ? m_standard.icon(File) : themed;
    }

    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("SafeFileDialog", "Folder");
        const QMimeType mime = mimeByName(info);
        if (mime.isValid() && !mime.isDefault())
            return mime.comment();
        return info.suffix().isEmpty()
                   ? QCoreApplication::translate("SafeFileDialog", "File")
                   : QCoreApplication::translate("SafeFileDialog", "%1 File").arg(info.suffix().toUpper());
    }

private:
    QMimeType mimeByName(const QFileInfo &info) const
    {
        return m_mimes.mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }

    QFileIconProvider m_standard; // only its icons by kind (folder, file), which come from the style
    QMimeDatabase m_mimes;
};

QAbstractFileIconProvider *nameOnlyProvider()
{
    // One for the program, never deleted: dialogs keep a pointer to it and may outlive any owner we pick.
    static auto *provider = [] {
        auto *made = new NameOnlyIconProvider;
        made->setOptions(QAbstractFileIconProvider::DontUseCustomDirectoryIcons);
        return made;
    }();
    return provider;
}

QString execForFile(QFileDialog *dialog)
{
    const bool accepted = dialog->exec() == QDialog::Accepted && !dialog->selectedFiles().isEmpty();
    return accepted ? dialog->selectedFiles().constFirst() : QString();
}

} // namespace

void SafeFileDialog::makeSafe(QFileDialog *dialog)
{
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setOption(QFileDialog::DontUseCustomDirectoryIcons);
    dialog->setIconProvider(nameOnlyProvider());
}

QFileDialog *SafeFileDialog::create(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter)
{
    // A platform dialog helper is chosen (and may start listing) in QFileDialog's constructor, before any
    // option can be set: platform dialogs are switched off while it runs (colour and font dialogs keep
    // theirs). The provider is set before the event loop runs again, which is when the dialog's model
    // asks for icons and types.
    const bool nativeWasOff = QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs);
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    auto *dialog = new QFileDialog(parent, caption, directory, filter);
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, nativeWasOff);
    makeSafe(dialog);
    return dialog;
}

QString SafeFileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                        const QString &filter)
{
    std::unique_ptr<QFileDialog> dialog(create(parent, caption, directory, filter));
    dialog->setFileMode(QFileDialog::ExistingFile);
    return execForFile(dialog.get());
}

QStringList SafeFileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                             const QString &filter)
{
    std::unique_ptr<QFileDialog> dialog(create(parent, caption, directory, filter));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    return dialog->exec() == QDialog::Accepted ? dialog->selectedFiles() : QStringList();
}

QString SafeFileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                        const QString &filter, QFileDialog::Options options)
{
    std::unique_ptr<QFileDialog> dialog(create(parent, caption, directory, filter));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setOptions(dialog->options() | options);
    return execForFile(dialog.get());
}

} // namespace marginalia
