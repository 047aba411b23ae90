import 'server-only';
// Guards the services call before acting: each throws a 403 AppError naming what is missing.
// The rules themselves are in lib/roles.ts, which also says why reads need no guard here.
import { AppError } from '../app-error';
import { canCreateDocument, canEditSource, canImportMemory, canManageGlossary, canManageUsers, canManageWebhooks, canReview, canTranslate, type Actor, worksOnLanguage } from '../roles';

export function requireTranslator(actor: Actor, languageCode: string) {
  if (!canTranslate(actor, languageCode)) {
    throw new AppError('forbidden', {
      message: `${actor.email} (${actor.role}) may not translate into ${languageCode}.`,
      userMessage: `You do not translate into this language.`,
    });
  }
}

/** Comments, resolving threads, presence: the language's translators, editors and admins. */
export function requireLanguageWorker(actor: Actor, languageCode: string) {
  if (!worksOnLanguage(actor, languageCode)) {
    throw new AppError('forbidden', {
      message: `${actor.email} (${actor.role}) does not work on ${languageCode}.`,
      userMessage: 'You do not work on this language.',
    });
  }
}

export function requireReviewer(actor: Actor) {
  if (!canReview(actor)) {
    throw new AppError('forbidden', {
      message: `${actor.email} (${actor.role}) may not review.`,
      userMessage: 'Only editors approve or reject translations.',
    });
  }
}

export function requireSourceEditor(actor: Actor) {
  if (!canEditSource(actor)) {
    throw new AppError('forbidden', {
      message: `${actor.email} (${actor.role}) may not edit the source.`,
      userMessage: 'Only editors change the English source.',
    });
  }
}

export function requireGlossaryEditor(actor: Actor) {
  if (!canManageGlossary(actor)) {
    throw new AppError('forbidden', {
      message: `${actor.email} (${actor.role}) may not change the glossary.`,
      userMessage: 'Only editors and admins change the glossary.',
    });
  }
}

export function requireMemoryImporter(actor: Actor) {
  if (!canImportMemory(actor)) {
    throw new AppError('forbidden', {
      message: `${actor.email} (${actor.role}) may not import into the translation memory.`,
      userMessage: 'Only editors and admins import into the translation memory.',
    });
  }
}

export function requireWebhookManager(actor: Actor) {
  if (!canManageWebhooks(actor)) {
    throw new AppError('forbidden', {
      message: `${actor.email} (${actor.role}) may not manage webhooks.`,
      userMessage: 'Only admins manage webhooks.',
    });
  }
}

export function requireUserManager(actor: Actor) {
  if (!canManageUsers(actor)) {
    throw new AppError('forbidden', {
      message: `${actor.email} (${actor.role}) may not manage people.`,
      userMessage: 'Only admins invite people and change their roles.',
    });
  }
}

export function requireDocumentCreator(actor: Actor) {
  if (!canCreateDocument(actor)) {
    throw new AppError('forbidden', {
      message: `${actor.email} (${actor.role}) may not create documents.`,
      userMessage: 'Only editors and admins create documents.',
    });
  }
}
