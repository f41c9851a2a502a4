#include "LanguageMenu.h"

#include "Settings.h"
#include "Translations.h"

#include <QActionGroup>
#include <QMessageBox>

namespace dermaedge {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = Settings().language();

    QAction* system = addAction(tr("System Default"));
    system->setData(QString());
    addSeparator();
    QList<QAction*> actions{system};
    for (const LanguageOption& option : availableLanguages()) {
        QAction* action = addAction(option.nativeName);
        action->setData(option.code);
        actions << action;
    }
    for (QAction* action : actions) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, action] { choose(action->data().toString()); });
    }
}

void LanguageMenu::choose(const QString& code)
{
    if (code == Settings().language())
        return;
    Settings().setLanguage(code);
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("DermaEdge will use the new language the next time it starts."));
}

} // namespace dermaedge
