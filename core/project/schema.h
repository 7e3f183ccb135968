#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace wbc {

// One forward migration: its DDL, then (optionally) a data step in C++ that moves rows the DDL
// cannot express; both run in one transaction. The data step returns false and sets *error to
// abort the upgrade.
struct SchemaMigration
{
    QStringList sql;
    std::function<bool(QSqlDatabase &db, QString *error)> data;
};

// Forward migrations of the project schema: entry i upgrades version i to i + 1.
// Standard SQL only (INTEGER PRIMARY KEY maps to an identity column on PostgreSQL);
// timestamps are ISO-8601 UTC text.
const QList<SchemaMigration> &schemaMigrations();

// The data step of 2 -> 3 (migrations.cpp): slides from the images' folders, each image label
// onto the image's white cell, multi-cell labels kept as notes. Exposed for its test.
bool migrateImageLabelsToCells(QSqlDatabase &db, QString *error);

} // namespace wbc
