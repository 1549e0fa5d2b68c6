package dev.iodine.processor.generate;

/**
 * One generated accessor: enough to write it in an interface (default), in a class, or as an override that
 * delegates to a superinterface ({@code X.super.name(args)}).
 *
 * <pre>{@code
 * new GeneratedMethod("java.lang.String", "getPatientID", "", "", "return dataset().getString(0x00100020);", doc);
 * }</pre>
 *
 * @param returnType the Java return type ({@code void} for setters)
 * @param name the method name
 * @param parameters the parameter list as declared ({@code java.lang.String value}), or empty
 * @param arguments the arguments to pass on ({@code value}), or empty
 * @param body the statements of the body
 * @param javadoc the Javadoc text (without comment markers)
 */
record GeneratedMethod(String returnType, String name, String parameters, String arguments, String body,
        String javadoc) {

    /** The signature that identifies the method for overriding: name and parameter types. */
    String signature() {
        return name + "(" + parameters.replaceAll(" [a-zA-Z]+$", "") + ")";
    }

    /** The method as written in an interface ({@code default}) or a class ({@code public}). */
    String declaration(boolean inInterface) {
        return "/** " + javadoc + " */\n" + (inInterface ? "default " : "public ") + returnType + " " + name + "("
                + parameters + ") {\n" + body + "\n}\n";
    }

    /** An override in a class that calls the superinterface's default method. */
    String delegation(String superInterface) {
        return "/** " + javadoc + " */\n@Override\npublic " + returnType + " " + name + "(" + parameters + ") {\n"
                + ("void".equals(returnType) ? "" : "return ") + superInterface + ".super." + name + "(" + arguments
                + ");\n}\n";
    }
}
