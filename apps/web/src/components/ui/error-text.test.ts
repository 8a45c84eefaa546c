import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { en } from "~/i18n/messages/en";
import { ru } from "~/i18n/messages/ru";
import { createTranslator } from "~/i18n/translate";
import { errorText } from "./error-text";

const t = createTranslator(en, "en");
const tRu = createTranslator(ru, "ru", en);

/** A tRPC error as the client builds it from the API's answer (see the API's errorFormatter). */
function apiError(message: string, data: Record<string, unknown>) {
  return new TRPCClientError(message, { result: { error: { code: -32603, message, data } } });
}

describe("errorText", () => {
  it("shows an error's own message when it is not an API error", () => {
    expect(errorText(new Error("That title is taken."), t)).toBe("That title is taken.");
  });

  it("falls back to a retry hint for anything that is not an Error", () => {
    expect(errorText("boom", t)).toBe("Something went wrong. Try again.");
    expect(errorText({ message: "not an Error instance" }, t)).toBe("Something went wrong. Try again.");
    expect(errorText(undefined, t)).toBe("Something went wrong. Try again.");
    expect(errorText(undefined, tRu)).toBe("Что-то пошло не так. Попробуйте ещё раз.");
  });

  it("chooses the message by the AppError's reason, then by its code, in the interface's language", () => {
    const lastOwner = apiError("A board needs at least one owner: make someone else owner first.", {
      code: "CONFLICT",
      appError: { code: "CONFLICT", details: { reason: "last-owner" } },
    });
    expect(errorText(lastOwner, t)).toBe("A board needs at least one owner: make someone else owner first.");
    expect(errorText(lastOwner, tRu)).toBe("У доски должен быть хотя бы один владелец: сначала назначьте владельцем кого-то другого.");

    const notFound = apiError('No board with id "x"', { code: "NOT_FOUND", appError: { code: "NOT_FOUND", details: { boardId: "x" } } });
    expect(errorText(notFound, tRu)).toBe("Это больше не существует. Обновите страницу.");
    const internal = apiError("Live collaboration is not configured on this server.", { code: "INTERNAL_SERVER_ERROR", appError: { code: "INTERNAL", details: null } });
    expect(errorText(internal, tRu)).toBe("Сервер не смог выполнить действие. Попробуйте позже.");
  });

  it("uses the tRPC code when there is no AppError (a zod validation error)", () => {
    const invalid = apiError("Too small", { code: "BAD_REQUEST", appError: null, zodIssues: [] });
    expect(errorText(invalid, t)).toBe("The request was not valid. Check what you entered and try again.");
  });

  it("keeps an AppError's own English sentence in English, and translates it by code in Russian", () => {
    const missing = apiError('No board with id "x"', { code: "NOT_FOUND", appError: { code: "NOT_FOUND", details: null } });
    expect(errorText(missing, t)).toBe('No board with id "x"');
    expect(errorText(missing, tRu)).not.toBe('No board with id "x"');
  });

  it("shows the server's text only when neither reason nor code is known", () => {
    expect(errorText(apiError("I am a teapot", { code: "IM_A_TEAPOT", appError: null }), tRu)).toBe("I am a teapot");
  });

  it("says the server could not be reached when the API gave no answer", () => {
    expect(errorText(new TRPCClientError("Failed to fetch"), t)).toBe("The server could not be reached. Check your connection and try again.");
  });
});
