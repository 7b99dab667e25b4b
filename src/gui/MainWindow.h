#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

// The shell: menus, toolbar, pages and status bar. Pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Empty url: the embedded demo database.
    void openDatabaseUrl(const QString &url);

private:
    QTabWidget *m_pages;
    QLabel *m_databaseLabel;
};
