package dev.onramp.importer;

import java.util.List;

/**
 * Every import unit, in the order they run: roles first (they decide the vendor and its ExternalId
 * parameter), then the parameters, the raw resources for whatever no section took, the outputs
 * (which name roles by id), the parts of the template outside its resources, and last the waiver
 * for actions the catalog does not know, which reads the whole draft.
 */
final class ImportUnits {
  static final List<ImportUnit> ALL =
      List.of(
          new RolesImport(),
          new OrganizationImport(),
          new CallbackImport(),
          new ParametersImport(),
          new RawResourcesImport(),
          new OutputsImport(),
          new TemplateSectionsImport(),
          new UnknownActionsImport());

  private ImportUnits() {}
}
